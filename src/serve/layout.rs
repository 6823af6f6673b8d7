//! Places a network's nodes for drawing: Fruchterman and Reingold's force-directed layout
//! (linked nodes pull together, all nodes push apart), started from a circle so that the same
//! network is always drawn the same way.
//!
//! ```
//! use newsgraph::serve::layout::layout;
//! // A path a - b - c: the middle node ends between the others.
//! let p = layout(3, &[(0, 1, 1), (1, 2, 1)], 400.0, 300.0);
//! let mid = |i: usize| p[i].0;
//! assert!(mid(1) > mid(0).min(mid(2)) && mid(1) < mid(0).max(mid(2)));
//! assert!(p.iter().all(|&(x, y)| (0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y)));
//! ```

/// Positions of `n` nodes linked by `(a, b, weight)`, inside a `width` × `height` box with a
/// margin of 30.
pub fn layout(
    n: usize,
    links: &[(usize, usize, usize)],
    width: f64,
    height: f64,
) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let (w, h) = ((width - 60.0).max(1.0), (height - 60.0).max(1.0));
    let k = (w * h / n as f64).sqrt() * 0.8;
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            (w / 2.0 + w / 3.0 * a.cos(), h / 2.0 + h / 3.0 * a.sin())
        })
        .collect();
    let iterations = 300;
    let mut temperature = w.max(h) / 10.0;
    let cooling = temperature / iterations as f64;
    for _ in 0..iterations {
        let mut shift = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = k * k / d;
                shift[i].0 += dx / d * f;
                shift[i].1 += dy / d * f;
                shift[j].0 -= dx / d * f;
                shift[j].1 -= dy / d * f;
            }
        }
        for &(a, b, weight) in links {
            if a >= n || b >= n || a == b {
                continue;
            }
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = d * d / k * (1.0 + (weight as f64).ln());
            shift[a].0 -= dx / d * f;
            shift[a].1 -= dy / d * f;
            shift[b].0 += dx / d * f;
            shift[b].1 += dy / d * f;
        }
        for (p, s) in pos.iter_mut().zip(&shift) {
            let d = (s.0 * s.0 + s.1 * s.1).sqrt().max(0.01);
            let step = d.min(temperature);
            p.0 = (p.0 + s.0 / d * step).clamp(0.0, w);
            p.1 = (p.1 + s.1 / d * step).clamp(0.0, h);
        }
        temperature = (temperature - cooling).max(0.5);
    }
    // Stretched to fill the box.
    let (min_x, max_x) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (min_y, max_y) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let fit = |v: f64, lo: f64, hi: f64, size: f64| {
        if hi - lo < 1e-9 {
            size / 2.0
        } else {
            (v - lo) / (hi - lo) * size
        }
    };
    pos.into_iter()
        .map(|(x, y)| {
            (
                fit(x, min_x, max_x, w) + 30.0,
                fit(y, min_y, max_y, h) + 30.0,
            )
        })
        .collect()
}

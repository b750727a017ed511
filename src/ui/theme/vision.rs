//! Checks, by numbers, that the colours that must tell things apart still
//! do so with the two common red–green colour blindnesses.
//!
//! Colour vision deficiency is simulated with the matrices of Machado,
//! Oliveira and Fernandes (2009, "A physiologically-based model for
//! simulation of color vision deficiency", IEEE TVCG 15(6)) at full
//! severity, applied to linear RGB. Differences are CIEDE2000 (Sharma,
//! Wu and Dalal 2005), as the `palette` crate computes it.

use egui::Color32;
use palette::color_difference::Ciede2000;
use palette::{IntoColor, Lab, LinSrgb, Srgb};

use super::relation_style::CUSTOM;
use super::{COALITION_COLOURS, Palette, RelationStyles, coalition_colour};
use crate::model::RelationKind;

/// The least CIEDE2000 difference at which two colours count as told
/// apart at a glance: thin lines on a map need far more than the 2–3 of a
/// just noticeable difference.
const APART: f32 = 20.0;

#[derive(Clone, Copy, Debug)]
enum Vision {
    Normal,
    Deuteranopia,
    Protanopia,
}

const VISIONS: [Vision; 3] = [Vision::Normal, Vision::Deuteranopia, Vision::Protanopia];

fn linear_rgb(colour: Color32) -> LinSrgb {
    let [red, green, blue, _] = colour.to_srgba_unmultiplied();
    Srgb::new(red, green, blue)
        .into_format::<f32>()
        .into_linear()
}

/// What a colour looks like with this vision, in CIELAB.
fn seen(colour: Color32, vision: Vision) -> Lab {
    let linear = linear_rgb(colour);
    let m = match vision {
        Vision::Normal => return linear.into_color(),
        Vision::Deuteranopia => [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ],
        Vision::Protanopia => [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ],
    };
    let c = [linear.red, linear.green, linear.blue];
    let row = |i: usize| (m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]).clamp(0.0, 1.0);
    LinSrgb::new(row(0), row(1), row(2)).into_color()
}

/// The smallest difference between two colours over the three visions,
/// and the vision it is seen with.
fn least_difference(a: Color32, b: Color32) -> (f32, Vision) {
    VISIONS
        .iter()
        .map(|&v| (seen(a, v).difference(seen(b, v)), v))
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .unwrap()
}

/// WCAG's contrast ratio of two opaque colours.
fn contrast(one: Color32, other: Color32) -> f32 {
    let luminance = |colour: Color32| {
        let linear = linear_rgb(colour);
        0.2126 * linear.red + 0.7152 * linear.green + 0.0722 * linear.blue
    };
    let (x, y) = (luminance(one), luminance(other));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn looks() -> [(&'static str, Palette); 3] {
    [
        ("light", Palette::light()),
        ("dark", Palette::dark()),
        ("projector", Palette::projector()),
    ]
}

/// Every built-in kind and as many of a map's own as have styles of
/// their own: all shown at once.
fn every_kind() -> Vec<RelationKind> {
    let mut kinds = RelationKind::BUILT_IN.to_vec();
    kinds.extend(
        ["Challenges", "Controls the crossings for", "Directs"]
            .map(|n| RelationKind::Custom(n.to_owned())),
    );
    kinds.extend((3..CUSTOM.len()).map(|n| RelationKind::Custom(format!("Own kind {n}"))));
    kinds
}

#[test]
fn ciede2000_matches_sharmas_reference_pairs() {
    // Pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal's table 1.
    type Lab3 = (f32, f32, f32);
    let pairs: [(Lab3, Lab3, f32); 4] = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        (
            (60.2574, -34.0099, 36.2677),
            (60.4626, -34.1751, 39.4387),
            1.2644,
        ),
    ];
    for ((l1, a1, b1), (l2, a2, b2), expected) in pairs {
        let d =
            Lab::<palette::white_point::D65, f32>::new(l1, a1, b1).difference(Lab::new(l2, a2, b2));
        assert!((d - expected).abs() < 1e-3, "{d} against {expected}");
    }
}

#[test]
fn the_simulations_take_red_and_green_together_and_keep_blue_apart() {
    let red = Color32::from_rgb(0xd0, 0x30, 0x30);
    let green = Color32::from_rgb(0x60, 0x80, 0x20);
    let blue = Color32::from_rgb(0x20, 0x40, 0xd0);
    let normal = seen(red, Vision::Normal).difference(seen(green, Vision::Normal));
    for vision in [Vision::Deuteranopia, Vision::Protanopia] {
        let d = seen(red, vision).difference(seen(green, vision));
        assert!(d < normal / 2.0, "{vision:?}: {d} against {normal}");
        assert!(seen(red, vision).difference(seen(blue, vision)) > APART);
    }
}

#[test]
fn any_two_relation_kinds_shown_together_differ_in_shape_or_in_colour_with_any_vision() {
    let kinds = every_kind();
    let styles = RelationStyles::of_kinds(&kinds);
    for (look, palette) in looks() {
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                let (sa, sb) = (styles.style(a), styles.style(b));
                assert_ne!(sa, sb, "{a} and {b} look the same");
                if (sa.head, sa.mark) != (sb.head, sb.mark) {
                    continue;
                }
                let (d, vision) =
                    least_difference(palette.line_colour(sa.hue), palette.line_colour(sb.hue));
                assert!(
                    d >= APART,
                    "{look}: {a} and {b} differ only in colour, by {d:.1} with {vision:?}"
                );
            }
        }
    }
}

#[test]
fn every_relation_line_stands_out_from_the_canvas() {
    let kinds = every_kind();
    let styles = RelationStyles::of_kinds(&kinds);
    for (look, palette) in looks() {
        for kind in &kinds {
            let colour = palette.line_colour(styles.style(kind).hue);
            let ratio = contrast(colour, palette.canvas);
            assert!(ratio >= 3.0, "{look}: {kind} at {ratio:.2}:1");
        }
    }
}

#[test]
fn no_coalition_ring_looks_like_the_selection_halo() {
    for (look, palette) in looks() {
        for (colour, name) in COALITION_COLOURS {
            let (d, vision) = least_difference(palette.selection, coalition_colour(colour));
            assert!(d >= APART, "{look}: {name} by {d:.1} with {vision:?}");
        }
        let (d, vision) = least_difference(palette.selection, palette.hover);
        assert!(d >= APART, "{look}: hover by {d:.1} with {vision:?}");
    }
}

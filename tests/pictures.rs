//! Pictures of the views for reports and slides, drawn with no window and
//! no GPU: SVG that keeps every name as text, and PNG of the size asked.
//!
//! The SVG of a small fixed map in each view is kept as a golden file in
//! tests/golden; after a deliberate change to the look, regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test pictures` and look at each (rendered)
//! before committing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

use powermap::edit::Edit;
use powermap::model::{
    Confidence, Day, Focus, FocusDirection, Kind, Lens, Map, Position, Relation, RelationId,
    RelationKind, Role, Stakeholder, StakeholderId, Stance,
};
use powermap::ui::View;
use powermap::ui::picture::{
    CameraView, PictureError, PictureTheme, RenderOptions, render_scene, render_view,
};
use proptest::prelude::*;
use quick_xml::events::Event;
use resvg::tiny_skia::Pixmap;

/// Six stakeholders of every sort a legend explains, and four relations.
/// The day every picture here is made on: fixed, so what is overdue or
/// gone cold never changes with the calendar.
fn day() -> Day {
    Day::new(2026, 12, 7).unwrap()
}

fn small_map() -> Map {
    let mut map = Map::new("Clean air coalition");
    let people = [
        (
            "s1",
            "City council",
            Kind::Target,
            Stance::Neutral,
            Role::External,
            5,
            2,
            (0.0, 0.0),
        ),
        (
            "s2",
            "Parents & Teachers <Union>",
            Kind::Organization,
            Stance::ActiveAlly,
            Role::LeadershipCore,
            3,
            5,
            (-260.0, -120.0),
        ),
        (
            "s3",
            "Dr. Amal Haddad",
            Kind::Individual,
            Stance::PassiveAlly,
            Role::CorePartner,
            2,
            4,
            (-300.0, 140.0),
        ),
        (
            "s4",
            "Evening Post",
            Kind::Media,
            Stance::Unknown,
            Role::External,
            3,
            3,
            (220.0, 170.0),
        ),
        (
            "s5",
            "Motorists' League",
            Kind::Organization,
            Stance::ActiveOpposition,
            Role::External,
            4,
            4,
            (260.0, -140.0),
        ),
        (
            "s6",
            "Green Fund",
            Kind::Funder,
            Stance::PassiveOpposition,
            Role::NetworkMember,
            2,
            1,
            (-40.0, 260.0),
        ),
    ];
    let mut edits = Vec::new();
    for (id, name, kind, stance, role, power, interest, (x, y)) in people {
        let mut s = Stakeholder::new(StakeholderId::new(id), name, kind);
        s.stance = stance;
        s.role = role;
        s.power = power;
        s.interest = interest;
        s.position = Position::new(x, y);
        edits.push(Edit::AddStakeholder(s));
    }
    let links = [
        (
            "r7",
            "s2",
            "s1",
            RelationKind::Influences,
            false,
            Confidence::Confirmed,
            3,
        ),
        (
            "r8",
            "s6",
            "s2",
            RelationKind::Funds,
            false,
            Confidence::Uncertain,
            2,
        ),
        (
            "r9",
            "s3",
            "s2",
            RelationKind::AlliedWith,
            true,
            Confidence::Confirmed,
            1,
        ),
        (
            "r10",
            "s5",
            "s1",
            RelationKind::Opposes,
            false,
            Confidence::Confirmed,
            2,
        ),
    ];
    for (id, from, to, kind, mutual, confidence, strength) in links {
        let mut r = Relation::new(
            RelationId::new(id),
            StakeholderId::new(from),
            StakeholderId::new(to),
            kind,
        );
        r.mutual = mutual;
        r.confidence = confidence;
        r.strength = strength;
        edits.push(Edit::AddRelation(r));
    }
    Edit::Batch(edits).apply(&mut map).unwrap();
    map
}

fn example(index: usize) -> Map {
    powermap::file::load_str(powermap::examples::EXAMPLES[index].text).unwrap()
}

const PICTURE_VIEWS: [View; 3] = [View::Network, View::Grid, View::Spectrum];

fn sized(width: u32, height: u32) -> RenderOptions {
    RenderOptions {
        width,
        height,
        ..RenderOptions::on(day())
    }
}

fn svg_of(map: &Map, view: View, options: &RenderOptions) -> String {
    render_view(map, view, options).unwrap().to_svg()
}

/// The text of every `<text>` element, in document order, after checking
/// that the whole document is well-formed XML.
fn texts_of(svg: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut texts = Vec::new();
    let mut depth_in_text = 0;
    let mut current = String::new();
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed: {e}\n{svg}"))
        {
            Event::Start(tag) if tag.name().as_ref() == b"text" => {
                depth_in_text += 1;
                current.clear();
            }
            Event::End(tag) if tag.name().as_ref() == b"text" => {
                depth_in_text -= 1;
                texts.push(std::mem::take(&mut current));
            }
            Event::Text(text) if depth_in_text > 0 => {
                current.push_str(&text.decode().unwrap());
            }
            Event::GeneralRef(reference) if depth_in_text > 0 => {
                let name = reference.decode().unwrap();
                current.push_str(&quick_xml::escape::unescape(&format!("&{name};")).unwrap());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    texts
}

/// All the text of a picture as one string, rows joined by spaces, so a
/// name wrapped over two rows is found whole.
fn all_text(svg: &str) -> String {
    texts_of(svg)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_name(text: &str, name: &str) -> bool {
    text.contains(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn assert_names_everyone(map: &Map, text: &str) {
    for s in map.stakeholders() {
        assert!(
            contains_name(text, &s.name),
            "{} is missing: {text}",
            s.name
        );
    }
}

#[test]
fn each_view_of_a_small_map_matches_its_golden_svg() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let map = small_map();
    let mut stale = Vec::new();
    for (view, name) in PICTURE_VIEWS
        .into_iter()
        .zip(["network", "grid", "spectrum"])
    {
        let svg = svg_of(&map, view, &sized(1000, 640));
        let path = folder.join(format!("picture-{name}.svg"));
        if update {
            std::fs::write(&path, &svg).unwrap();
        } else if std::fs::read_to_string(&path).unwrap_or_default() != svg {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these pictures changed: {stale:?}; look at them and rerun with UPDATE_GOLDEN=1"
    );
}

#[test]
fn every_view_of_the_small_map_names_every_stakeholder_in_text_escaped() {
    let map = small_map();
    for view in PICTURE_VIEWS {
        let svg = svg_of(&map, view, &RenderOptions::on(day()));
        let text = all_text(&svg);
        assert_names_everyone(&map, &text);
        assert!(svg.contains("Parents &amp;"), "{view:?}: escaped");
        assert!(svg.contains("&lt;Union&gt;"), "{view:?}: escaped");
        assert!(text.contains(map.title()), "{view:?} has the map's title");
        assert!(
            svg.contains("font-family=\"Ubuntu, "),
            "a font list with fallbacks"
        );
    }
}

#[test]
fn the_network_of_each_bundled_example_shows_every_name_title_and_legend() {
    for index in 0..powermap::examples::EXAMPLES.len() {
        let map = example(index);
        let svg = svg_of(&map, View::Network, &RenderOptions::on(day()));
        let text = all_text(&svg);
        assert_names_everyone(&map, &text);
        assert!(text.contains("Legend"), "{text}");
        assert!(
            text.contains("Size: power. Line width: strength."),
            "{text}"
        );
        let without = svg_of(
            &map,
            View::Network,
            &RenderOptions {
                legend: false,
                ..RenderOptions::on(day())
            },
        );
        assert!(!all_text(&without).contains("Legend"));
    }
}

#[test]
fn the_grid_and_spectrum_of_the_examples_are_well_formed_with_their_captions() {
    for index in 0..powermap::examples::EXAMPLES.len() {
        let map = example(index);
        let grid = all_text(&svg_of(&map, View::Grid, &RenderOptions::on(day())));
        for quadrant in [
            "Manage closely",
            "Keep satisfied",
            "Keep informed",
            "Monitor",
        ] {
            assert!(grid.contains(quadrant), "{grid}");
        }
        assert!(grid.contains("Power: influence over the issue"), "{grid}");
        let spectrum = all_text(&svg_of(&map, View::Spectrum, &RenderOptions::on(day())));
        assert!(spectrum.contains("Active ally ("), "{spectrum}");
        assert!(
            spectrum.contains("The more power, the nearer the rim"),
            "{spectrum}"
        );
    }
}

/// The PNG's pixels, decoded back.
fn png_of(map: &Map, view: View, options: &RenderOptions) -> Pixmap {
    let bytes = render_view(map, view, options).unwrap().to_png().unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    Pixmap::decode_png(&bytes).unwrap()
}

#[test]
fn a_png_has_the_size_asked_and_shows_the_map_in_the_stance_colours() {
    let map = example(0);
    let stance_fills: [(Stance, [u8; 3]); 5] = [
        (Stance::ActiveAlly, [0x21, 0x66, 0xac]),
        (Stance::PassiveAlly, [0x92, 0xc5, 0xde]),
        (Stance::Neutral, [0xba, 0xba, 0xba]),
        (Stance::PassiveOpposition, [0xf4, 0xa5, 0x82]),
        (Stance::ActiveOpposition, [0xb2, 0x18, 0x2b]),
    ];
    for view in [View::Network, View::Grid] {
        let pixmap = png_of(&map, view, &sized(1280, 720));
        assert_eq!((pixmap.width(), pixmap.height()), (1280, 720));
        let pixels: Vec<[u8; 3]> = pixmap
            .pixels()
            .iter()
            .map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue()]
            })
            .collect();
        let distinct: HashSet<[u8; 3]> = pixels.iter().copied().collect();
        assert!(distinct.len() > 500, "{view:?}: {} colours", distinct.len());
        let background = [0xfa, 0xfa, 0xf8];
        let plain = pixels.iter().filter(|p| **p == background).count();
        assert!(
            plain < pixels.len() * 9 / 10,
            "{view:?}: {plain} of {} pixels are background",
            pixels.len()
        );
        for (stance, fill) in stance_fills {
            if map.stakeholders().any(|s| s.stance == stance) {
                let count = pixels.iter().filter(|p| **p == fill).count();
                assert!(
                    count > 30,
                    "{view:?}: {stance:?} fill shows on {count} pixels"
                );
            }
        }
    }
}

#[test]
fn a_dark_picture_has_the_dark_canvas() {
    let map = small_map();
    let options = RenderOptions {
        theme: PictureTheme::Dark,
        ..sized(600, 400)
    };
    let svg = svg_of(&map, View::Spectrum, &options);
    assert!(svg.contains("<rect width=\"600\" height=\"400\" fill=\"#1e1f22\"/>"));
    let pixmap = png_of(&map, View::Spectrum, &options);
    let corner = pixmap.pixel(599, 399).unwrap().demultiply();
    assert_eq!(
        [corner.red(), corner.green(), corner.blue()],
        [0x1e, 0x1f, 0x22]
    );
}

#[test]
fn a_focus_with_hide_leaves_the_others_out_of_the_picture() {
    let map = small_map();
    let options = RenderOptions {
        lens: Lens {
            focus: Some(Focus {
                stakeholder: StakeholderId::new("s6"),
                hops: 1,
                direction: FocusDirection::Both,
            }),
            hide_filtered: true,
            ..Lens::default()
        },
        ..RenderOptions::on(day())
    };
    for view in PICTURE_VIEWS {
        let text = all_text(&svg_of(&map, view, &options));
        assert!(text.contains("Green Fund"), "{view:?}: {text}");
        assert!(
            contains_name(&text, "Parents & Teachers <Union>"),
            "{view:?}"
        );
        assert!(!text.contains("Evening Post"), "{view:?}: {text}");
        assert!(
            text.contains("Filtered out: hidden"),
            "{view:?}: the legend says so"
        );
    }
}

#[test]
fn highlighted_stakeholders_get_the_selection_ring() {
    let map = small_map();
    let selection_colour = "stroke=\"#24146b\"";
    for view in PICTURE_VIEWS {
        let plain = svg_of(&map, view, &RenderOptions::on(day()));
        assert!(!plain.contains(selection_colour), "{view:?}");
        let options = RenderOptions {
            highlighted: BTreeSet::from([StakeholderId::new("s4"), StakeholderId::new("gone")]),
            ..RenderOptions::on(day())
        };
        let highlighted = svg_of(&map, view, &options);
        assert_eq!(highlighted.matches(selection_colour).count(), 1, "{view:?}");
    }
}

#[test]
fn a_camera_shows_that_part_of_the_network_instead_of_the_whole_map() {
    let map = small_map();
    let options = RenderOptions {
        camera: Some(CameraView {
            centre: Position::new(260.0, -140.0),
            zoom: 3.0,
        }),
        ..sized(800, 500)
    };
    let text = all_text(&svg_of(&map, View::Network, &options));
    assert!(text.contains("Motorists' League"), "{text}");
    assert!(!text.contains("Dr. Amal Haddad"), "{text}");
}

#[test]
fn the_table_and_impossible_sizes_are_refused_plainly() {
    let map = small_map();
    let table = render_view(&map, View::Table, &RenderOptions::on(day())).err();
    assert_eq!(table, Some(PictureError::Table));
    assert!(
        PictureError::Table
            .to_string()
            .contains("network, the power/interest grid and the spectrum")
    );
    let tiny = render_view(&map, View::Grid, &sized(1, 600)).err().unwrap();
    assert!(
        tiny.to_string().contains("from 100 to 10000 pixels"),
        "{tiny}"
    );
}

#[test]
fn an_empty_map_still_makes_a_picture_of_each_view() {
    let map = Map::new("Nothing yet");
    for view in PICTURE_VIEWS {
        let picture = render_view(&map, view, &sized(640, 400)).unwrap();
        assert!(all_text(&picture.to_svg()).contains("Nothing yet"));
        assert_eq!(picture.size(), (640, 400));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn any_map_gives_well_formed_svg_in_every_view(map in common::map(8)) {
        for view in PICTURE_VIEWS {
            let svg = svg_of(&map, view, &sized(800, 500));
            texts_of(&svg);
        }
    }
}

/// Where the `<tspan>` holding exactly `text` has its baseline.
fn baseline_of(svg: &str, text: &str) -> f32 {
    let end = svg
        .find(&format!(">{text}</tspan>"))
        .unwrap_or_else(|| panic!("no {text:?}"));
    let tag = &svg[svg[..end].rfind("<tspan").unwrap()..end];
    let y = &tag[tag.find(" y=\"").unwrap() + 4..];
    y[..y.find('"').unwrap()].parse().unwrap()
}

#[test]
fn a_legend_taller_than_a_short_picture_flows_into_columns_below_the_title() {
    let map = example(0);
    let svg = svg_of(&map, View::Network, &sized(1000, 600));
    let heading = baseline_of(&svg, "Legend");
    assert!(heading > 48.0, "below the title band: {heading}");
    for row in ["Organization", "Influences", "Uncertain"] {
        let y = baseline_of(&svg, row);
        assert!((heading..600.0).contains(&y), "{row} at {y}");
    }
}

// Scenes.

/// Every word of an SVG's texts, one space apart (names wrap into rows).
fn words_of(svg: &str) -> String {
    texts_of(svg)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn each_scene_of_the_example_is_drawn_as_presented_on_a_1080p_projector() {
    let map = example(0);
    let count = map.scenes().len();
    assert!(count >= 6, "the example tells its story in scenes");
    for (index, scene) in map.scenes().iter().enumerate() {
        let picture = render_scene(&map, index, 1920, 1080, day()).unwrap();
        assert_eq!(picture.size(), (1920, 1080));
        let svg = picture.to_svg();
        // Drawn at the projector's scale, 1.85 pixels a point at 1080p,
        // and shown at the pixels asked.
        assert!(
            svg.contains("width=\"1920\" height=\"1080\" viewBox=\"0 0 1037.84 583.78\""),
            "{}",
            &svg[..300]
        );
        let text = words_of(&svg);
        assert!(
            contains_name(&text, &scene.title),
            "{}: {text}",
            scene.title
        );
        assert!(contains_name(&text, &scene.caption), "{}", scene.caption);
        assert!(text.contains(&format!("{} / {count}", index + 1)), "{text}");
    }
}

#[test]
fn a_coalition_scene_names_every_member_even_among_faded_neighbours() {
    let map = example(0);
    let (index, scene) = map
        .scenes()
        .iter()
        .enumerate()
        .find(|(_, scene)| scene.coalition.is_some())
        .expect("the example has a coalition scene");
    let coalition = map.coalition(scene.coalition.as_ref().unwrap()).unwrap();
    let text = words_of(
        &render_scene(&map, index, 1920, 1080, day())
            .unwrap()
            .to_svg(),
    );
    for member in &coalition.members {
        let name = &map.stakeholder(&member.stakeholder).unwrap().name;
        assert!(contains_name(&text, name), "{name} is not named: {text}");
    }
}

#[test]
fn a_scene_png_has_the_size_asked_on_the_projector_white() {
    let map = example(0);
    let png = render_scene(&map, 0, 1280, 720, day())
        .unwrap()
        .to_png()
        .unwrap();
    let pixmap = Pixmap::decode_png(&png).unwrap();
    assert_eq!((pixmap.width(), pixmap.height()), (1280, 720));
    let white = pixmap
        .pixels()
        .iter()
        .filter(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()] == [0xff, 0xff, 0xff]
        })
        .count();
    let all = pixmap.pixels().len();
    assert!(white > all / 3 && white < all * 19 / 20, "{white} of {all}");
}

#[test]
fn a_scene_that_is_not_there_is_refused_by_its_number() {
    let map = example(0);
    let count = map.scenes().len();
    let error = render_scene(&map, count, 1920, 1080, day()).err().unwrap();
    assert_eq!(
        error.to_string(),
        format!(
            "there is no scene {}: the map's scenes are 1 to {count}",
            count + 1
        )
    );
    let none = render_scene(&small_map(), 0, 1920, 1080, day())
        .err()
        .unwrap();
    assert!(none.to_string().contains("the map has no scenes"), "{none}");
    assert_eq!(
        render_scene(&map, 0, 50, 1080, day()).err(),
        Some(PictureError::Size {
            width: 50,
            height: 1080
        })
    );
}

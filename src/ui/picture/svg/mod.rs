//! SVG from the shapes egui painted: each shape becomes the SVG element
//! that draws the same thing, and text stays text (one `<text>` a row,
//! where egui put it, in the font egui used, with fallbacks), so a picture
//! can be edited and its names searched.

use std::fmt::Write as _;

use egui::epaint::CornerRadiusF32;
use egui::epaint::{
    CircleShape, ClippedShape, ColorMode, CubicBezierShape, EllipseShape, Mesh, PathShape,
    PathStroke, QuadraticBezierShape, RectShape, Shape,
};
use egui::{Color32, Pos2, Rect, Stroke, StrokeKind, Vec2};

mod text;

/// egui's proportional font first, then look-alikes most machines have.
const SANS_FAMILIES: &str =
    "Ubuntu, 'Ubuntu Light', 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
/// egui's monospace font first, then the usual ones.
const MONO_FAMILIES: &str = "Hack, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

/// An SVG document of `size` pixels showing shapes painted in `points`
/// (egui's units, larger than pixels when the UI is scaled up): the
/// background, then the shapes.
pub fn document(
    shapes: &[ClippedShape],
    size: Vec2,
    points: Vec2,
    background: Color32,
    title: &str,
) -> String {
    let mut svg = Svg {
        out: String::new(),
        screen: Rect::from_min_size(Pos2::ZERO, points),
        clips: 0,
        blurs: Vec::new(),
    };
    let (width, height) = (num(size.x), num(size.y));
    let (view_width, view_height) = (num(points.x), num(points.y));
    let _ = writeln!(
        svg.out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {view_width} {view_height}\" font-family=\"{SANS_FAMILIES}\" font-weight=\"300\" \
         xml:space=\"preserve\">"
    );
    let _ = writeln!(svg.out, "<title>{}</title>", escape(title));
    let _ = writeln!(
        svg.out,
        "<rect width=\"{view_width}\" height=\"{view_height}\"{}/>",
        paint("fill", background)
    );
    let mut open_clip: Option<Rect> = None;
    for clipped in shapes {
        let start = svg.out.len();
        svg.shape(&clipped.shape);
        // Only shapes that reach out of their clip need one.
        let clip = (!clipped.clip_rect.contains_rect(svg.screen)
            && !clipped
                .clip_rect
                .contains_rect(clipped.shape.visual_bounding_rect()))
        .then_some(clipped.clip_rect);
        if svg.out.len() == start || clip == open_clip {
            continue;
        }
        // The shape drew something under another clip: close the group
        // before it and open its own.
        let element = svg.out.split_off(start);
        if open_clip.is_some() {
            svg.out.push_str("</g>\n");
        }
        if let Some(rect) = clip {
            svg.open_clip(rect);
        }
        svg.out.push_str(&element);
        open_clip = clip;
    }
    if open_clip.is_some() {
        svg.out.push_str("</g>\n");
    }
    svg.out.push_str("</svg>\n");
    svg.out
}

struct Svg {
    out: String,
    screen: Rect,
    clips: usize,
    /// The blur filters defined so far, by width: the popups' shadows.
    blurs: Vec<(f32, usize)>,
}

impl Svg {
    fn open_clip(&mut self, rect: Rect) {
        self.clips += 1;
        let rect = rect.intersect(self.screen);
        let _ = write!(
            self.out,
            "<clipPath id=\"clip{n}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n\
             <g clip-path=\"url(#clip{n})\">\n",
            num(rect.min.x),
            num(rect.min.y),
            num(rect.width().max(0.0)),
            num(rect.height().max(0.0)),
            n = self.clips
        );
    }

    fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Noop | Shape::Callback(_) => {}
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.shape(shape);
                }
            }
            Shape::Circle(circle) => self.circle(circle),
            Shape::Ellipse(ellipse) => self.ellipse(ellipse),
            Shape::LineSegment { points, stroke } => self.line(*points, *stroke),
            Shape::Path(path) => self.path(path),
            Shape::Rect(rect) => self.rect(rect),
            Shape::Text(text) => self.text(text),
            Shape::Mesh(mesh) => self.mesh(mesh),
            Shape::QuadraticBezier(curve) => self.quadratic(curve),
            Shape::CubicBezier(curve) => self.cubic(curve),
        }
    }

    fn circle(&mut self, circle: &CircleShape) {
        if circle.fill.a() == 0 && is_invisible(circle.stroke) {
            return;
        }
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}{}/>",
            num(circle.center.x),
            num(circle.center.y),
            num(circle.radius),
            paint("fill", circle.fill),
            stroke(circle.stroke)
        );
    }

    fn ellipse(&mut self, ellipse: &EllipseShape) {
        let _ = writeln!(
            self.out,
            "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}{}{}/>",
            num(ellipse.center.x),
            num(ellipse.center.y),
            num(ellipse.radius.x),
            num(ellipse.radius.y),
            rotation(ellipse.angle, ellipse.center),
            paint("fill", ellipse.fill),
            stroke(ellipse.stroke)
        );
    }

    fn line(&mut self, [a, b]: [Pos2; 2], line: Stroke) {
        if is_invisible(line) {
            return;
        }
        let _ = writeln!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            stroke(line)
        );
    }

    fn path(&mut self, path: &PathShape) {
        if path.points.len() < 2 {
            return;
        }
        let points = path
            .points
            .iter()
            .map(|p| xy(*p))
            .collect::<Vec<_>>()
            .join(" ");
        let bounds = Rect::from_points(&path.points);
        let outline = path_stroke(&path.stroke, bounds);
        if path.closed {
            let _ = writeln!(
                self.out,
                "<polygon points=\"{points}\"{}{outline}/>",
                paint("fill", path.fill)
            );
        } else {
            let _ = writeln!(
                self.out,
                "<polyline points=\"{points}\" fill=\"none\"{outline}/>"
            );
        }
    }

    /// egui fills a rectangle out to the outer edge of its stroke, wherever
    /// `stroke_kind` puts the stroke; SVG centres the stroke on the outline.
    fn rect(&mut self, shape: &RectShape) {
        if shape.fill.a() == 0 && is_invisible(shape.stroke) {
            return;
        }
        let width = if is_invisible(shape.stroke) {
            0.0
        } else {
            shape.stroke.width
        };
        let grow = match shape.stroke_kind {
            StrokeKind::Inside => 0.0,
            StrokeKind::Middle => width / 2.0,
            StrokeKind::Outside => width,
        };
        let outer = shape.rect.expand(grow);
        let rect = outer.shrink(width / 2.0);
        let mut radius = CornerRadiusF32::from(shape.corner_radius);
        let grown = grow - width / 2.0;
        for corner in [
            &mut radius.nw,
            &mut radius.ne,
            &mut radius.sw,
            &mut radius.se,
        ] {
            if *corner > 0.0 {
                *corner = (*corner + grown).max(0.0);
            }
        }
        let blur = if shape.blur_width > 0.0 {
            format!(" filter=\"url(#blur{})\"", self.blur(shape.blur_width))
        } else {
            String::new()
        };
        let outline = if width > 0.0 {
            stroke(shape.stroke)
        } else {
            String::new()
        };
        let attributes = format!(
            "{}{}{outline}{blur}",
            rotation(shape.angle, rect.center()),
            paint("fill", shape.fill)
        );
        // Alike as written is alike enough.
        let [nw, ne, sw, se] = [radius.nw, radius.ne, radius.sw, radius.se].map(num);
        if nw == ne && nw == sw && nw == se {
            let rounded = if radius.nw > 0.0 {
                format!(" rx=\"{}\"", num(radius.nw))
            } else {
                String::new()
            };
            let _ = writeln!(
                self.out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{rounded}{attributes}/>",
                num(rect.min.x),
                num(rect.min.y),
                num(rect.width().max(0.0)),
                num(rect.height().max(0.0)),
            );
        } else {
            let _ = writeln!(
                self.out,
                "<path d=\"{}\"{attributes}/>",
                rounded_rect_path(rect, radius)
            );
        }
    }

    /// The id of a blur filter of this width, defining it the first time.
    fn blur(&mut self, width: f32) -> usize {
        if let Some(&(_, id)) = self
            .blurs
            .iter()
            .find(|(w, _)| w.to_bits() == width.to_bits())
        {
            return id;
        }
        let id = self.blurs.len() + 1;
        self.blurs.push((width, id));
        // egui blurs with a linear ramp as wide as `width`; a Gaussian of a
        // third of it looks the same.
        let _ = writeln!(
            self.out,
            "<filter id=\"blur{id}\" x=\"-50%\" y=\"-50%\" width=\"200%\" height=\"200%\">\
             <feGaussianBlur stdDeviation=\"{}\"/></filter>",
            num(width / 3.0)
        );
        id
    }

    /// Triangles of one colour become one path, so no seam shows between
    /// them (the spectrum's wedges are meshes).
    fn mesh(&mut self, mesh: &Mesh) {
        let mut by_colour: Vec<(Color32, String)> = Vec::new();
        for triangle in mesh.indices.chunks_exact(3) {
            let corners: Option<Vec<_>> = triangle
                .iter()
                .map(|&i| mesh.vertices.get(i as usize))
                .collect();
            let Some(corners) = corners else {
                continue;
            };
            let colour = corners[0].color;
            if colour.a() == 0 {
                continue;
            }
            let d = format!(
                "M{}L{}L{}Z",
                xy(corners[0].pos),
                xy(corners[1].pos),
                xy(corners[2].pos)
            );
            match by_colour.iter_mut().find(|(c, _)| *c == colour) {
                Some((_, path)) => path.push_str(&d),
                None => by_colour.push((colour, d)),
            }
        }
        for (colour, d) in by_colour {
            let _ = writeln!(self.out, "<path d=\"{d}\"{}/>", paint("fill", colour));
        }
    }

    fn quadratic(&mut self, curve: &QuadraticBezierShape) {
        self.curve('Q', &curve.points, curve.closed, curve.fill, &curve.stroke);
    }

    fn cubic(&mut self, curve: &CubicBezierShape) {
        self.curve('C', &curve.points, curve.closed, curve.fill, &curve.stroke);
    }

    /// A Bézier curve: a move to the first point, then `command` (`Q` or
    /// `C`) through the others.
    fn curve(
        &mut self,
        command: char,
        points: &[Pos2],
        closed: bool,
        fill: Color32,
        line: &PathStroke,
    ) {
        let Some((start, rest)) = points.split_first() else {
            return;
        };
        let through: Vec<String> = rest.iter().map(|p| xy(*p)).collect();
        let (end, fill) = if closed {
            ("Z", paint("fill", fill))
        } else {
            ("", " fill=\"none\"".to_owned())
        };
        let outline = path_stroke(line, Rect::from_points(points));
        let _ = writeln!(
            self.out,
            "<path d=\"M{}{command}{}{end}\"{fill}{outline}/>",
            xy(*start),
            through.join(" ")
        );
    }
}

/// A number as SVG wants it: at most two decimals, no "-0", never NaN.
fn num(value: f32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" || text.is_empty() {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A point as SVG writes it: `x,y`.
fn xy(point: Pos2) -> String {
    format!("{},{}", num(point.x), num(point.y))
}

/// ` fill="#rrggbb"` (with its opacity when not opaque), or `none`.
fn paint(attribute: &str, colour: Color32) -> String {
    if colour.a() == 0 {
        return format!(" {attribute}=\"none\"");
    }
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    let mut text = format!(" {attribute}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(
            text,
            " {attribute}-opacity=\"{}\"",
            num(f32::from(a) / 255.0)
        );
    }
    text
}

fn is_invisible(stroke: Stroke) -> bool {
    stroke.width <= 0.0 || stroke.color.a() == 0 || !stroke.width.is_finite()
}

/// Stroke attributes, or nothing for no stroke (SVG's default).
fn stroke(line: Stroke) -> String {
    if is_invisible(line) {
        return String::new();
    }
    format!(
        "{} stroke-width=\"{}\"",
        paint("stroke", line.color),
        num(line.width)
    )
}

/// A path's stroke; a gradient one gets the colour at its middle.
fn path_stroke(line: &PathStroke, bounds: Rect) -> String {
    let colour = match &line.color {
        ColorMode::Solid(colour) => *colour,
        ColorMode::UV(colour_at) => colour_at(bounds, bounds.center()),
    };
    stroke(Stroke::new(line.width, colour))
}

/// ` transform="rotate(…)"` about `pivot` for egui's clockwise radians.
fn rotation(angle: f32, pivot: Pos2) -> String {
    if angle == 0.0 || !angle.is_finite() {
        return String::new();
    }
    format!(
        " transform=\"rotate({} {} {})\"",
        num(angle.to_degrees()),
        num(pivot.x),
        num(pivot.y)
    )
}

/// A rectangle whose corners are rounded each by its own radius.
fn rounded_rect_path(rect: Rect, radius: CornerRadiusF32) -> String {
    let limit = rect.width().min(rect.height()) / 2.0;
    let [nw, ne, sw, se] = [radius.nw, radius.ne, radius.sw, radius.se].map(|r| r.min(limit));
    let (x0, y0, x1, y1) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    format!(
        "M{},{}H{}A{r1},{r1} 0 0 1 {},{}V{}A{r2},{r2} 0 0 1 {},{}H{}A{r3},{r3} 0 0 1 {},{}V{}A{r0},{r0} 0 0 1 {},{}Z",
        num(x0 + nw),
        num(y0),
        num(x1 - ne),
        num(x1),
        num(y0 + ne),
        num(y1 - se),
        num(x1 - se),
        num(y1),
        num(x0 + sw),
        num(x0),
        num(y1 - sw),
        num(y0 + nw),
        num(x0 + nw),
        num(y0),
        r0 = num(nw),
        r1 = num(ne),
        r2 = num(se),
        r3 = num(sw),
    )
}

/// Text as XML character data: escaped, and without the characters XML
/// cannot hold at all (control characters a name may still carry).
fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        })
        .collect();
    quick_xml::escape::escape(allowed.as_str()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_always_valid() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(120.5), "120.5");
    }

    #[test]
    fn colours_keep_their_opacity_unmultiplied() {
        let half = Color32::from_rgba_premultiplied(0x10, 0x20, 0x40, 0x80);
        assert_eq!(
            paint("fill", half),
            " fill=\"#204080\" fill-opacity=\"0.5\""
        );
        assert_eq!(paint("fill", Color32::TRANSPARENT), " fill=\"none\"");
    }

    #[test]
    fn text_loses_what_xml_cannot_hold_and_escapes_the_rest() {
        assert_eq!(escape("A & B <\u{1}\u{0}>"), "A &amp; B &lt;&gt;");
    }
}

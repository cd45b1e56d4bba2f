//! The picture's colours, resolved for one theme: the values of `public/style.css`'s custom
//! properties (its `light-dark()` pairs), so the SVG carries plain colours a viewer without
//! CSS draws as the page does. A test reads the stylesheet and checks every value here
//! against it.

use super::PictureTheme;

/// A colour with the opacity it is drawn at: SVG 1.1 has no `rgba()`, so the alpha goes into
/// a `fill-opacity` or `stroke-opacity` attribute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    /// `#rrggbb`.
    pub hex: &'static str,
    /// 0 (transparent) to 1 (opaque).
    pub opacity: f64,
}

impl Paint {
    const fn solid(hex: &'static str) -> Self {
        Self { hex, opacity: 1.0 }
    }
}

/// Every colour the picture uses, for one theme (named after the stylesheet's properties).
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// `--bg`: the picture's background around the map.
    pub bg: Paint,
    /// `--fg`: text.
    pub fg: Paint,
    /// `--muted`: secondary text (subtitle, sources, credit).
    pub muted: Paint,
    /// `--border`: the map's frame and the footer's rule.
    pub border: Paint,
    /// `--sea`.
    pub sea: Paint,
    /// `--land`.
    pub land: Paint,
    /// `--land-stroke`: coastlines.
    pub land_stroke: Paint,
    /// `--japan`: the launching country's land.
    pub japan: Paint,
    /// `--border-line`: land borders.
    pub border_line: Paint,
    /// `--graticule`.
    pub graticule: Paint,
    /// `--chain`: the First Island Chain and its name.
    pub chain: Paint,
    /// `--site`: launch-site markers.
    pub site: Paint,
    /// `--site-selected`: the chosen launch site, and a reader's own point.
    pub site_selected: Paint,
    /// `--place`: reference places and their names.
    pub place: Paint,
    /// `--halo`: the outline that keeps labels legible over the map.
    pub halo: Paint,
    /// `--s0` … `--s4`: each source's colour (Okabe–Ito), by source index modulo 5.
    pub sources: [Paint; 5],
    /// `--added`: the one ink of an embedding page's own claims (never a source's colour).
    pub added: Paint,
}

/// The light theme (`light-dark()`'s first values).
const LIGHT: Palette = Palette {
    bg: Paint::solid("#f7f7f4"),
    fg: Paint::solid("#1b1f24"),
    muted: Paint::solid("#565d66"),
    border: Paint::solid("#d4d6d9"),
    sea: Paint::solid("#dfe9f1"),
    land: Paint::solid("#f1efe8"),
    land_stroke: Paint::solid("#8d949c"),
    japan: Paint::solid("#e9dfc9"),
    border_line: Paint::solid("#a3a9b0"),
    graticule: Paint::solid("#c7d3de"),
    chain: Paint::solid("#b3261e"),
    site: Paint::solid("#0b57d0"),
    site_selected: Paint::solid("#b3261e"),
    place: Paint::solid("#3d434a"),
    halo: Paint {
        hex: "#ffffff",
        opacity: 0.85,
    },
    added: Paint::solid("#3b3f46"),
    sources: [
        Paint::solid("#0072b2"),
        Paint::solid("#7a5c00"),
        Paint::solid("#c23b00"),
        Paint::solid("#007a5a"),
        Paint::solid("#a6477f"),
    ],
};

/// The dark theme (`light-dark()`'s second values).
const DARK: Palette = Palette {
    bg: Paint::solid("#14171b"),
    fg: Paint::solid("#e8eaed"),
    muted: Paint::solid("#a9b0b8"),
    border: Paint::solid("#3a4047"),
    sea: Paint::solid("#0f1c28"),
    land: Paint::solid("#2a2e33"),
    land_stroke: Paint::solid("#6d757e"),
    japan: Paint::solid("#3b3a33"),
    border_line: Paint::solid("#5d656d"),
    graticule: Paint::solid("#22364a"),
    chain: Paint::solid("#ff8a80"),
    site: Paint::solid("#8ab4f8"),
    site_selected: Paint::solid("#ff8a80"),
    place: Paint::solid("#c9ced4"),
    halo: Paint {
        hex: "#0f1c28",
        opacity: 0.85,
    },
    added: Paint::solid("#f1f3f5"),
    sources: [
        Paint::solid("#56b4e9"),
        Paint::solid("#e6c35c"),
        Paint::solid("#ff8f5a"),
        Paint::solid("#3fd1a4"),
        Paint::solid("#e8a0c8"),
    ],
};

/// Each source's line pattern in CSS px (`--dash` of `.s0` … `.s4`), so colour is never the
/// only cue; empty for a solid line.
pub const SOURCE_DASHES_PX: [&[f64]; 5] = [
    &[],
    &[14.0, 5.0],
    &[3.0, 4.0],
    &[16.0, 4.0, 3.0, 4.0],
    &[8.0, 4.0],
];

/// Where the palette indices of an embedding page's own claims start ([`palette_index`]).
pub const ADDED_INDEX: usize = 1_000;

/// The line patterns of an embedding page's own claims (`.a0` … `.a5` in the stylesheet).
pub const ADDED_DASHES_PX: [&[f64]; 6] = [
    &[1.0, 3.0],
    &[10.0, 3.0, 1.0, 3.0, 1.0, 3.0],
    &[2.0, 2.0, 8.0, 2.0],
    &[12.0, 2.0, 2.0, 2.0],
    &[4.0, 2.0, 4.0, 6.0],
    &[1.0, 2.0, 1.0, 6.0],
];

/// The palette index of a source at `source_index` in the data: itself for the map's sources,
/// and past [`ADDED_INDEX`] for an embedding page's own (their ink and patterns).
pub fn palette_index(source_index: usize, added: bool) -> usize {
    if added {
        ADDED_INDEX + source_index
    } else {
        source_index
    }
}

impl Palette {
    /// The colours of `theme`.
    pub fn of(theme: PictureTheme) -> &'static Palette {
        match theme {
            PictureTheme::Light => &LIGHT,
            PictureTheme::Dark => &DARK,
        }
    }

    /// The colour of the source at `source_index` in the data's list.
    pub fn source(&self, source_index: usize) -> Paint {
        if source_index >= ADDED_INDEX {
            return self.added;
        }
        self.sources[source_index % self.sources.len()]
    }

    /// Every colour with the stylesheet property it comes from (`"--sea"`), for the test that
    /// holds them to `public/style.css`.
    pub fn by_property(&self) -> Vec<(&'static str, Paint)> {
        let mut out = vec![
            ("--bg", self.bg),
            ("--fg", self.fg),
            ("--muted", self.muted),
            ("--border", self.border),
            ("--sea", self.sea),
            ("--land", self.land),
            ("--land-stroke", self.land_stroke),
            ("--japan", self.japan),
            ("--border-line", self.border_line),
            ("--graticule", self.graticule),
            ("--chain", self.chain),
            ("--site", self.site),
            ("--site-selected", self.site_selected),
            ("--place", self.place),
            ("--halo", self.halo),
        ];
        let names = ["--s0", "--s1", "--s2", "--s3", "--s4"];
        out.extend(names.into_iter().zip(self.sources));
        out.push(("--added", self.added));
        out
    }
}

/// A source's dash pattern, by source index modulo 5.
pub fn source_dash_px(source_index: usize) -> &'static [f64] {
    if source_index >= ADDED_INDEX {
        return ADDED_DASHES_PX[(source_index - ADDED_INDEX) % ADDED_DASHES_PX.len()];
    }
    SOURCE_DASHES_PX[source_index % SOURCE_DASHES_PX.len()]
}

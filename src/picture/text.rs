//! Everything a picture of the map writes, in one language, built apart from the drawing: the
//! drawing places these strings, and the tests walk every one of them (for every source
//! choice and launch point) through the bundled fonts, so no character is drawn as a box.

use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::{DataSet, LonLat, RangeClaim, Source, Unit};
use crate::rings::{Offer, SourceChoice};

/// One legend entry: a ring's figure and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendText<'a> {
    /// The claim the ring draws.
    pub claim: &'a RangeClaim,
    /// Position of its source in the data's source list (its colour and dash).
    pub source_index: usize,
    /// The figure as printed, with its qualifier: "about 1,600 km"; "約1,600キロ". Also the
    /// ring's label on the map.
    pub figure: String,
    /// The conversion and the missile: "≈ 994 mi · Tomahawk Block IV and V";
    /// "≈994マイル・トマホーク ブロックIV・V".
    pub detail: String,
    /// The outlet and date: "The Washington Times, about Jan 2026".
    pub by: String,
}

impl LegendText<'_> {
    /// The entry as one line: figure, conversion and missile, then outlet and date.
    pub fn line(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{} {} — {}", self.figure, self.detail, self.by),
            Lang::Ja => format!("{}（{}）—{}", self.figure, self.detail, self.by),
        }
    }
}

/// A picture's words, in the language it is drawn in.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureText<'a> {
    /// The language, which picks the font too.
    pub lang: Lang,
    /// The headline, as on the page.
    pub title: String,
    /// Whose figures, from where (the launch point).
    pub subtitle: String,
    /// The launch point's name: a site's, the chain's, or a reader's point's coordinates.
    pub launch_name: String,
    /// One entry per ring.
    pub legend: Vec<LegendText<'a>>,
    /// Said in the legend when the choice shows no ring.
    pub no_figure: String,
    /// How to read the rings (bands, open-ended figures, Mercator's stretch).
    pub notes: String,
    /// The outlets, authors and dates of the shown sources.
    pub sources: String,
    /// The credit line for the base map and the method.
    pub credit: String,
    /// The names on the map: every launch site's and reference place's, and the island
    /// chain's (only those on screen are drawn).
    pub map_names: Vec<String>,
}

impl PictureText<'_> {
    /// Every string the picture can draw, for checking them against the fonts.
    pub fn all(&self) -> Vec<String> {
        let mut out = vec![
            self.title.clone(),
            self.subtitle.clone(),
            self.launch_name.clone(),
            self.no_figure.clone(),
            self.notes.clone(),
            self.sources.clone(),
            self.credit.clone(),
        ];
        out.extend(self.map_names.iter().cloned());
        for e in &self.legend {
            out.extend([
                e.figure.clone(),
                e.detail.clone(),
                e.by.clone(),
                e.line(self.lang),
            ]);
        }
        out
    }
}

/// What a picture of `choice` (of the sources `offer`s) from `launch` says in `lang`, conversions in `unit`.
pub fn picture_text<'a>(
    data: &'a DataSet,
    choice: &SourceChoice,
    offer: &Offer,
    launch: &Launch,
    unit: Unit,
    lang: Lang,
) -> PictureText<'a> {
    let t = lang.text();
    let sources = &data.claims.sources;
    let shown: Vec<&Source> = sources
        .iter()
        .filter(|s| choice.shows_in(&s.id, offer))
        .collect();
    let legend = data
        .claims
        .range_claims
        .iter()
        .filter(|c| choice.shows_in(&c.source, offer))
        .map(|claim| {
            let source = data.claims.source(&claim.source);
            // The embedding page's own claim says so before its outlet.
            let by = source.map_or_else(
                || claim.source.clone(),
                |s| {
                    let by = lang.attribution(s.outlet_in(lang), None, &lang.source_date(s));
                    if s.added {
                        format!("[{}] {by}", t.added_short)
                    } else {
                        by
                    }
                },
            );
            let converted = lang.converted_figure(claim, claim.conversion_unit(unit));
            let system = lang.system_label(claim);
            LegendText {
                claim,
                source_index: super::palette::palette_index(
                    sources
                        .iter()
                        .position(|s| s.id == claim.source)
                        .unwrap_or(0),
                    source.is_some_and(|s| s.added),
                ),
                figure: lang.printed_figure(claim),
                detail: match lang {
                    Lang::En => format!("{converted} · {system}"),
                    Lang::Ja => format!("{converted}・{system}"),
                },
                by,
            }
        })
        .collect();
    let site = launch.name_in(data, lang);
    let mut map_names: Vec<String> = data
        .sites
        .iter()
        .map(|s| s.name_in(lang).to_owned())
        .collect();
    map_names.extend(data.places.iter().map(|p| p.name_in(lang).to_owned()));
    map_names.push(data.island_chain.name_in(lang).to_owned());
    if let Launch::Custom(p) = launch {
        map_names.push(lang.lat_lon(*p));
    }
    PictureText {
        lang,
        title: t.title.to_owned(),
        subtitle: lang.still_subtitle(&shown, sources.len(), &site),
        launch_name: site,
        legend,
        no_figure: lang.still_text().still_no_figure.to_owned(),
        notes: lang.still_text().still_notes.to_owned(),
        sources: lang.source_list(&shown),
        credit: lang.still_text().export_credit.to_owned(),
        map_names,
    }
}

/// The words of every picture the build or the export command draws by default (all sources
/// and each one alone, conversions in every unit) from every launch point (each site, the
/// chain, and a point in each hemisphere, whose name is its coordinates), in `lang`.
pub fn every_picture_text(data: &DataSet, lang: Lang) -> Vec<PictureText<'_>> {
    let mut choices = vec![SourceChoice::All];
    choices.extend(
        data.claims
            .sources
            .iter()
            .map(|s| SourceChoice::One(s.id.clone())),
    );
    let mut launches: Vec<Launch> = data
        .sites
        .iter()
        .map(|s| Launch::Site(s.id.clone()))
        .collect();
    launches.push(Launch::Chain);
    launches.extend(
        [(130.5, 33.5), (-70.25, -33.5)].map(|(lon, lat)| Launch::Custom(LonLat::new(lon, lat))),
    );
    let mut out = Vec::new();
    for c in &choices {
        for l in &launches {
            for unit in Unit::ALL {
                out.push(picture_text(data, c, &Offer::default(), l, unit, lang));
            }
        }
    }
    out
}

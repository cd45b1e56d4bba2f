//! Everything the still image writes, in one language, built apart from the drawing: the
//! drawing places these strings, and the tests walk every one of them (for every source
//! choice and launch point) through the bundled font, so no character is drawn as a box.

use crate::i18n::Lang;
use crate::launch::Launch;
use crate::model::{DataSet, LonLat, PlaceKind, RangeClaim, SiteGroup, Source};
use crate::rings::SourceChoice;

/// One legend entry: a ring's figure and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendText<'a> {
    /// The claim the ring draws.
    pub claim: &'a RangeClaim,
    /// Position of its source in the data's source list (its colour and dash).
    pub source_index: usize,
    /// The figure as printed, with its qualifier: "about 1,600 km"; "約1,600キロ".
    pub figure: String,
    /// The missile and the conversion: "Tomahawk Block IV · ≈ 1,448 km";
    /// "トマホーク ブロックIV、≈1,448キロ".
    pub detail: String,
    /// The outlet and date: "The Washington Times, about Jan 2026".
    pub by: String,
}

/// The still image's words, in the language it is drawn in.
#[derive(Debug, Clone, PartialEq)]
pub struct StillText<'a> {
    /// The language, which picks the font too.
    pub lang: Lang,
    /// The headline, as on the page.
    pub title: String,
    /// Whose figures, from where.
    pub subtitle: String,
    /// The launch point's name beside its dot (a single launch point only).
    pub launch_name: Option<String>,
    /// The name of the chain beside its sites (the chain as the launch point only).
    pub chain_name: Option<String>,
    /// The capitals drawn for scale, with their names.
    pub places: Vec<(LonLat, String)>,
    /// Over the legend.
    pub legend_heading: String,
    /// One entry per ring.
    pub legend: Vec<LegendText<'a>>,
    /// Said in the legend when the choice shows no ring.
    pub no_figure: String,
    /// How to read the rings, under the legend (wrapped to its width).
    pub notes: String,
    /// The outlets, authors and dates of the shown sources (wrapped to the image's width).
    pub sources: String,
    /// The credit line for the base map and the method.
    pub credit: String,
}

impl StillText<'_> {
    /// Every string the image can draw, for checking them against the font.
    pub fn all(&self) -> Vec<&str> {
        let mut out = vec![
            self.title.as_str(),
            &self.subtitle,
            &self.legend_heading,
            &self.no_figure,
            &self.notes,
            &self.sources,
            &self.credit,
        ];
        out.extend(self.launch_name.as_deref());
        out.extend(self.chain_name.as_deref());
        out.extend(self.places.iter().map(|(_, name)| name.as_str()));
        for e in &self.legend {
            out.extend([e.figure.as_str(), &e.detail, &e.by]);
        }
        out
    }
}

/// What the still image of `choice` from `launch` says in `lang`.
pub fn still_text<'a>(
    data: &'a DataSet,
    choice: &SourceChoice,
    launch: &Launch,
    lang: Lang,
) -> StillText<'a> {
    let t = lang.text();
    let sources = &data.claims.sources;
    let shown: Vec<&Source> = sources.iter().filter(|s| choice.shows(&s.id)).collect();
    let legend = data
        .claims
        .range_claims
        .iter()
        .filter(|c| choice.shows(&c.source))
        .map(|claim| {
            let source = data.claims.source(&claim.source);
            let by = source.map_or_else(
                || claim.source.clone(),
                |s| lang.attribution(s.outlet_in(lang), None, &lang.source_date(s)),
            );
            LegendText {
                claim,
                source_index: sources
                    .iter()
                    .position(|s| s.id == claim.source)
                    .unwrap_or(0),
                figure: lang.printed_figure(claim),
                detail: lang.system_and_conversion(claim),
                by,
            }
        })
        .collect();
    let site = launch.name_in(data, lang);
    let is_chain = matches!(launch, Launch::Chain);
    StillText {
        lang,
        title: t.title.to_owned(),
        subtitle: lang.still_subtitle(&shown, sources.len(), &site),
        launch_name: (!is_chain).then(|| site.clone()),
        chain_name: is_chain.then(|| lang.site_group(SiteGroup::SouthwestIslands).to_owned()),
        places: data
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Capital)
            .map(|p| (p.position(), p.name_in(lang).to_owned()))
            .collect(),
        legend_heading: t.still_legend_heading.to_owned(),
        legend,
        no_figure: t.still_no_figure.to_owned(),
        notes: t.still_notes.to_owned(),
        sources: lang.source_list(&shown),
        credit: t.export_credit.to_owned(),
    }
}

/// The still image's words for every choice the build or the export command can draw (all
/// sources and each one alone) from every launch point (each site, the chain, and a point
/// in each hemisphere, whose name is its coordinates), in `lang`.
pub fn every_still_text(data: &DataSet, lang: Lang) -> Vec<StillText<'_>> {
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
    choices
        .iter()
        .flat_map(|c| launches.iter().map(move |l| (c, l)))
        .map(|(c, l)| still_text(data, c, l, lang))
        .collect()
}

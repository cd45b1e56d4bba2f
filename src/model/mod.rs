//! The data the map draws, loaded with serde from `data/` and validated.
//!
//! Every loader takes the file's name and text, so that a malformed file is reported with the
//! file and the field at fault ([`DataError`]), natively in tests and in the page alike.

mod basemap;
mod chain;
mod claims;
mod error;
mod figure;
mod geo_point;
mod places;
mod sites;
mod units;

pub use basemap::{wants_detail, BaseMap, Country, DETAIL_BELOW_M_PER_PX};
pub use chain::{IslandChain, Waypoint};
pub use claims::{
    parse_figure, quote_for_display, Claims, DatePrecision, OtherClaim, Qualifier, RangeClaim,
    Source, System, Topic, Variant, MAX_QUOTE_CHARS, MAX_RANGE_KM,
};
pub use error::DataError;
pub use figure::{parse_printed_figure, FigureProblem, PrintedFigure};
pub use geo_point::LonLat;
pub use places::{Place, PlaceKind};
pub use sites::{LaunchSite, SiteGroup};
pub use units::{group_thousands, Unit};

/// The data files, compiled into the page so it never waits on a request or shows a blank map.
pub mod embedded {
    /// `data/basemap.json`: Natural Earth land and borders, simplified for the zoom levels a
    /// reader sees first (see `data/README.md`). The page opens on the prerendered view's base
    /// layers and fetches this file (from [`super::BASEMAP_OVERVIEW_PATH`]) for the other
    /// projection, so it is compiled in for native code only: the prerender, the export
    /// command and the tests.
    #[cfg(not(target_arch = "wasm32"))]
    pub const BASEMAP: (&str, &str) =
        ("data/basemap.json", include_str!("../../data/basemap.json"));
    /// `data/basemap-detail.json`: the same at full detail. The page fetches it (from
    /// [`super::BASEMAP_DETAIL_PATH`]) only when a reader zooms in, so it is compiled in for
    /// native code only: the export command's static images and the tests.
    #[cfg(not(target_arch = "wasm32"))]
    pub const BASEMAP_DETAIL: (&str, &str) = (
        "data/basemap-detail.json",
        include_str!("../../data/basemap-detail.json"),
    );
    /// `data/sites.json`: Japanese launch locations.
    pub const SITES: (&str, &str) = ("data/sites.json", include_str!("../../data/sites.json"));
    /// `data/places.json`: reference places for scale.
    pub const PLACES: (&str, &str) = ("data/places.json", include_str!("../../data/places.json"));
    /// `data/sources.json`: the news sources and their claims.
    pub const SOURCES: (&str, &str) =
        ("data/sources.json", include_str!("../../data/sources.json"));
    /// `data/island_chain.json`: the First Island Chain.
    pub const ISLAND_CHAIN: (&str, &str) = (
        "data/island_chain.json",
        include_str!("../../data/island_chain.json"),
    );
}

/// Where the page fetches the detailed base map from, relative to the page (Trunk copies the
/// file there; see `index.html`).
pub const BASEMAP_DETAIL_PATH: &str = "data/basemap-detail.json";

/// Where the page fetches the overview base map from, relative to the page (see
/// [`embedded::BASEMAP`]).
pub const BASEMAP_OVERVIEW_PATH: &str = "data/basemap.json";

/// Everything the page draws, loaded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSet {
    /// Land and borders (the overview). Native only: the page fetches it
    /// ([`BASEMAP_OVERVIEW_PATH`]) when its prerendered base layers are not enough.
    #[cfg(not(target_arch = "wasm32"))]
    pub basemap: BaseMap,
    /// Japanese launch locations, in file order.
    pub sites: Vec<LaunchSite>,
    /// Reference places for scale, in file order.
    pub places: Vec<Place>,
    /// The First Island Chain.
    pub island_chain: IslandChain,
    /// The news sources and their claims.
    pub claims: Claims,
}

impl DataSet {
    /// Loads the data compiled into the page. Natively, the data files are parsed and
    /// validated; in the page, the copy `build.rs` validated and wrote as postcard bytes is
    /// read back (no JSON parser, no field names, no checks: the build already made them).
    pub fn load_embedded() -> Result<Self, DataError> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Self::load_with(None, None, None, None)
        }
        #[cfg(target_arch = "wasm32")]
        {
            let bytes: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/page-data.postcard"));
            let (sites, places, island_chain, claims) =
                postcard::from_bytes(bytes).map_err(|err| DataError::Parse {
                    file: "data/*.json (as built into the page)".to_owned(),
                    field: ".".to_owned(),
                    message: err.to_string(),
                })?;
            Ok(Self {
                sites,
                places,
                island_chain,
                claims,
            })
        }
    }

    /// Loads the compiled-in data with the detailed base map in place of the overview: what
    /// the export command draws its static images from. Native only (see
    /// [`embedded::BASEMAP_DETAIL`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load_embedded_detailed() -> Result<Self, DataError> {
        let detail = embedded::BASEMAP_DETAIL;
        Ok(Self {
            basemap: BaseMap::parse(detail.0, detail.1)?,
            ..Self::load_embedded()?
        })
    }

    /// Loads the compiled-in data, with the text of any file replaced where given (in the
    /// order basemap, sites, places, island chain): how tests check that a malformed file is
    /// reported with its name and field.
    pub fn load_with(
        basemap: Option<&str>,
        sites: Option<&str>,
        places: Option<&str>,
        island_chain: Option<&str>,
    ) -> Result<Self, DataError> {
        use embedded::*;
        // The page compiles no overview in: a replacement only matters to native tests.
        #[cfg(target_arch = "wasm32")]
        let _ = basemap;
        Ok(Self {
            #[cfg(not(target_arch = "wasm32"))]
            basemap: BaseMap::parse(BASEMAP.0, basemap.unwrap_or(BASEMAP.1))?,
            sites: sites::parse(SITES.0, sites.unwrap_or(SITES.1))?,
            places: places::parse(PLACES.0, places.unwrap_or(PLACES.1))?,
            island_chain: IslandChain::parse(
                ISLAND_CHAIN.0,
                island_chain.unwrap_or(ISLAND_CHAIN.1),
            )?,
            claims: Claims::parse(SOURCES.0, SOURCES.1)?,
        })
    }

    /// The launch site with this id, if there is one.
    pub fn site(&self, id: &str) -> Option<&LaunchSite> {
        self.sites.iter().find(|s| s.id == id)
    }
}

/// Parses JSON into `T`, naming the file and the path of the field that failed.
///
/// Natively (tests, the export command, `build.rs`) the path comes from `serde_path_to_error`.
/// The page parses only the base maps it fetches, already validated by the build: the
/// browser's `JSON.parse` reads the text, and `serde_wasm_bindgen` the result, so the wasm
/// carries no JSON parser.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, DataError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let de = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(de).map_err(|err| {
            // A syntax error has no field path ("?"): the message's line and column locate it.
            let path = err.path().to_string();
            DataError::Parse {
                file: file.to_owned(),
                field: if path == "?" { ".".to_owned() } else { path },
                message: err.inner().to_string(),
            }
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let parse_error = |message: String| DataError::Parse {
            file: file.to_owned(),
            field: ".".to_owned(),
            message,
        };
        let value = js_sys::JSON::parse(text)
            .map_err(|err| parse_error(err.as_string().unwrap_or_else(|| "not JSON".into())))?;
        serde_wasm_bindgen::from_value(value).map_err(|err| parse_error(err.to_string()))
    }
}

/// Checks that ids are unique and well formed (`a-z`, `0-9`, `-`), naming the offending field.
pub(crate) fn check_ids<'a>(
    file: &str,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), DataError> {
    let mut seen = std::collections::HashSet::new();
    for (i, id) in ids.enumerate() {
        let field = format!("{list}[{i}].id");
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(DataError::invalid(
                file,
                field,
                format!("{id:?} is not an id (use a-z, 0-9 and -)"),
            ));
        }
        if !seen.insert(id) {
            return Err(DataError::invalid(
                file,
                field,
                format!("{id:?} is used twice"),
            ));
        }
    }
    Ok(())
}

/// Checks that a text field is not blank.
pub(crate) fn check_text(file: &str, field: String, text: &str) -> Result<(), DataError> {
    if text.trim().is_empty() {
        return Err(DataError::invalid(file, field, "must not be empty"));
    }
    Ok(())
}

/// Checks that a field meant for the Japanese interface is written in Japanese: not empty,
/// and with kana or kanji in it (an English string left in its place fails).
pub(crate) fn check_japanese(file: &str, field: String, text: &str) -> Result<(), DataError> {
    check_text(file, field.clone(), text)?;
    if !text.chars().any(crate::lang::is_japanese_char) {
        return Err(DataError::invalid(
            file,
            field,
            "must be written in Japanese",
        ));
    }
    Ok(())
}

//! `export`: writes the shown rings as GeoJSON, or a picture of the map as SVG or PNG, from
//! the command line. The build runs it to make the still images the embed dialog offers
//! (`scripts/static-images.sh`). Pictures come from the one renderer ([`range_claims::picture`]):
//! the SVG is the portable file the page's download writes, the PNG that SVG drawn by resvg.
//!
//! ```text
//! export geojson --source ID|all --site ID|chain|LAT,LON [--out FILE]
//! export image   --format png|svg [--source ID|all] [--site ID|chain|LAT,LON]
//!                [--query URL-QUERY] [--lang en|ja] [--theme light|dark]
//!                [--width PX] [--map-height PX | --height PX] [--scale N] [--out FILE]
//! export sources     (lists the source ids, one a line)
//! export glyphs --lang en|ja  (every character the images can draw in that language)
//! export chain-envelopes  (the Rust source of src/geodesy/chain_envelopes.rs)
//! ```
//!
//! Arguments are parsed by hand: the command is small, and clap would lengthen every build.

/// The command is native only; on wasm32 (`cargo build --target wasm32-unknown-unknown` builds
/// every binary) it is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use range_claims::geojson::rings_geojson;
    use range_claims::i18n::Lang;
    use range_claims::launch::{parse_lat_lon, Launch, CHAIN_ID};
    use range_claims::model::{wants_detail, BaseMap, DataSet};
    use range_claims::picture::{
        every_picture_text, map_picture, picture_viewport, svg_to_png, PictureSize, PictureTheme,
    };
    use range_claims::rings::{Offer, SourceChoice};
    use range_claims::url_state::{parse_query, UrlState};
    use std::collections::BTreeSet;
    use std::fmt;
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;

    /// The help text, printed with `--help` and after every usage error.
    const USAGE: &str = "\
Usage:
  export geojson --source ID|all --site ID|chain|LAT,LON [--out FILE]
  export image --format png|svg [--source ID|all] [--site ID|chain|LAT,LON]
               [--query URL-QUERY] [--lang en|ja] [--theme light|dark]
               [--width PX] [--map-height PX | --height PX] [--scale N] [--out FILE]
  export rasterise FILE.svg [--scale N] [--out FILE]
               (draws an SVG the map wrote, such as the editor's download, as PNG:
               resvg with the bundled fonts, as the image command draws its own)
  export sources     (lists the source ids)
  export glyphs --lang en|ja  (every character the images can draw in that language,
               for cutting the bundled font: tools/fonts/subset-cjk.sh)
  export chain-envelopes  (prints src/geodesy/chain_envelopes.rs for the data)

Writes to standard output unless --out is given. An image shows the view a page address's
query describes (--query, as after the ? of the map's address: source, site, proj, unit,
view, theme, lang), with --source, --site, --lang and --theme over it; by default all sources
from sasebo, in en, light, on a map 720 px wide and 480 px tall (the picture adds its title,
legend and sources), and a PNG at --scale 2 (two pixels per px). --height sets the whole
picture's height instead, text included: the map gets what the text leaves (a social card:
--width 1200 --height 630 --scale 1 is exactly 1200 x 630 pixels).";

    /// Smallest and largest picture side accepted, in px: below this the text cannot be
    /// read, above it the files grow for nothing.
    const SIDE_RANGE_PX: (u32, u32) = (320, 4000);
    /// Bitmap pixels per px of a PNG when none is asked for: as sharp as a phone's screen.
    const DEFAULT_SCALE: u32 = 2;
    /// The largest `--scale`.
    const MAX_SCALE: u32 = 4;

    /// What went wrong; each message names the bad value.
    #[derive(Debug)]
    enum CliError {
        /// No subcommand, or one that does not exist.
        UnknownCommand(String),
        /// An option the subcommand does not take.
        UnknownOption(String),
        /// An option given without its value.
        MissingValue(&'static str),
        /// A required option left out.
        Missing(&'static str),
        /// `--source` names no source.
        UnknownSource(String),
        /// `--site` is not a site id, `chain` or a valid `LAT,LON`.
        BadSite { text: String, why: String },
        /// `--format` is not png or svg.
        UnknownFormat(String),
        /// `--lang` is not a language the map has.
        UnknownLang(String),
        /// `--theme` is not light or dark.
        UnknownTheme(String),
        /// `--query` holds a parameter the page would ignore.
        BadQuery { param: String, why: String },
        /// `--width` or `--map-height` is not a whole number of pixels in range.
        BadSize { option: &'static str, text: String },
        /// `--height` leaves the map too little room beside the picture's text (`text_px`).
        HeightTooSmall { text: String, text_px: u32 },
        /// `--scale` is not a whole number from 1 to [`MAX_SCALE`].
        BadScale(String),
        /// The embedded data failed to load (a bug in the build).
        Data(String),
        /// Drawing or encoding the image failed.
        Image(String),
        /// Writing the output failed.
        Write { path: String, why: String },
        /// Reading the SVG to draw failed.
        Read { path: String, why: String },
    }

    impl fmt::Display for CliError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                CliError::UnknownCommand(c) => {
                    write!(f, "unknown command “{c}”: use geojson or image")
                }
                CliError::UnknownOption(o) => write!(f, "unknown option “{o}”"),
                CliError::MissingValue(o) => write!(f, "{o} needs a value"),
                CliError::Missing(o) => write!(f, "{o} is required"),
                CliError::UnknownSource(s) => {
                    write!(f, "unknown source “{s}”: use all or one of the source ids")
                }
                CliError::BadSite { text, why } => write!(f, "bad --site “{text}”: {why}"),
                CliError::UnknownFormat(s) => {
                    write!(f, "unknown format “{s}”: use png or svg")
                }
                CliError::UnknownLang(s) => {
                    let ids: Vec<&str> = Lang::ALL.iter().map(|l| l.id()).collect();
                    write!(f, "unknown language “{s}”: use {}", ids.join(" or "))
                }
                CliError::UnknownTheme(s) => write!(f, "unknown theme “{s}”: use light or dark"),
                CliError::BadQuery { param, why } => {
                    write!(f, "bad --query parameter “{param}”: {why}")
                }
                CliError::HeightTooSmall { text, text_px } => write!(
                    f,
                    "bad --height “{text}”: the title, legend and sources take {text_px} px of it, \
                     leaving the map less than {} px",
                    SIDE_RANGE_PX.0 / 2
                ),
                CliError::BadSize { option, text } => write!(
                    f,
                    "bad {option} “{text}”: use whole pixels from {} to {}",
                    SIDE_RANGE_PX.0, SIDE_RANGE_PX.1
                ),
                CliError::BadScale(s) => {
                    write!(
                        f,
                        "bad --scale “{s}”: use a whole number from 1 to {MAX_SCALE}"
                    )
                }
                CliError::Data(e) => write!(f, "the embedded data does not load: {e}"),
                CliError::Image(e) => write!(f, "{e}"),
                CliError::Write { path, why } => write!(f, "cannot write {path}: {why}"),
                CliError::Read { path, why } => write!(f, "cannot read {path}: {why}"),
            }
        }
    }

    impl CliError {
        /// Whether the error is the caller's (bad arguments): then the usage is printed too.
        fn is_usage(&self) -> bool {
            !matches!(
                self,
                CliError::Data(_)
                    | CliError::Image(_)
                    | CliError::Write { .. }
                    | CliError::Read { .. }
            )
        }
    }

    /// Image formats.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Format {
        Png,
        Svg,
    }

    /// What to do, parsed from the arguments.
    #[derive(Debug)]
    enum Command {
        /// Print the chain's envelope table (`src/geodesy/chain_envelopes.rs`).
        ChainEnvelopes,
        GeoJson {
            choice: SourceChoice,
            launch: Launch,
            out: Option<PathBuf>,
        },
        Image {
            /// The view: sources, launch point, projection, unit, centre and zoom.
            view: Box<UrlState>,
            format: Format,
            lang: Lang,
            theme: PictureTheme,
            size: PictureSize,
            /// Bitmap pixels per px (PNG only).
            scale: u32,
            out: Option<PathBuf>,
        },
        /// Draws an SVG file the map wrote as PNG with the picture renderer's rasteriser.
        Rasterise {
            /// The SVG file.
            svg: PathBuf,
            /// Bitmap pixels per px.
            scale: u32,
            out: Option<PathBuf>,
        },
        /// Lists the source ids, one a line (for scripts that make one image per source).
        Sources,
        /// Prints every character the images can draw in a language, once each.
        Glyphs(Lang),
        Help,
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("export: {e}");
                if e.is_usage() {
                    eprintln!("\n{USAGE}");
                }
                ExitCode::from(2)
            }
        }
    }

    fn run(args: &[String]) -> Result<(), CliError> {
        // The overview base map, as the page draws at its first views' scales; the detailed
        // one is loaded for a picture zoomed in past them (`draw_image`).
        let data = DataSet::load_embedded().map_err(|e| CliError::Data(e.to_string()))?;
        match parse(args, &data)? {
            Command::Help => {
                println!("{USAGE}");
                Ok(())
            }
            Command::ChainEnvelopes => {
                let source =
                    range_claims::geodesy::chain_envelopes_source(&data).map_err(CliError::Data)?;
                write_out(None, source.as_bytes())
            }
            Command::Rasterise { svg, scale, out } => {
                let text = std::fs::read_to_string(&svg).map_err(|e| CliError::Read {
                    path: svg.display().to_string(),
                    why: e.to_string(),
                })?;
                let png =
                    svg_to_png(&text, scale as f32).map_err(|e| CliError::Image(e.to_string()))?;
                write_out(out, &png)
            }
            Command::Sources => {
                let ids: Vec<&str> = data.claims.sources.iter().map(|s| s.id.as_str()).collect();
                write_out(None, format!("{}\n", ids.join("\n")).as_bytes())
            }
            Command::Glyphs(lang) => {
                let chars: BTreeSet<char> = every_picture_text(&data, lang)
                    .iter()
                    .flat_map(|w| {
                        w.all()
                            .into_iter()
                            .flat_map(|t| t.chars().collect::<Vec<_>>())
                    })
                    .filter(|c| !c.is_whitespace())
                    .collect();
                let text: String = chars.into_iter().collect();
                write_out(None, format!("{text}\n").as_bytes())
            }
            Command::GeoJson {
                choice,
                launch,
                out,
            } => {
                let mut text = rings_geojson(&data, &choice, &Offer::default(), &launch);
                text.push('\n');
                write_out(out, text.as_bytes())
            }
            Command::Image {
                view,
                format,
                lang,
                theme,
                size,
                scale,
                out,
            } => {
                let bytes = draw_image(&data, &view, format, lang, theme, size, scale)?;
                write_out(out, &bytes)
            }
        }
    }

    /// The picture of `view` as SVG, or as that SVG drawn into a PNG at `scale`.
    fn draw_image(
        data: &DataSet,
        view: &UrlState,
        format: Format,
        lang: Lang,
        theme: PictureTheme,
        size: PictureSize,
        scale: u32,
    ) -> Result<Vec<u8>, CliError> {
        let (_, viewport) = picture_viewport(data, view, size);
        let detailed: BaseMap;
        let basemap = if wants_detail(viewport.m_per_px) {
            detailed = DataSet::load_embedded_detailed()
                .map_err(|e| CliError::Data(e.to_string()))?
                .basemap;
            &detailed
        } else {
            &data.basemap
        };
        let picture = map_picture(data, basemap, view, theme, lang, size);
        match format {
            Format::Svg => Ok(picture.svg.into_bytes()),
            Format::Png => {
                svg_to_png(&picture.svg, scale as f32).map_err(|e| CliError::Image(e.to_string()))
            }
        }
    }

    fn write_out(out: Option<PathBuf>, bytes: &[u8]) -> Result<(), CliError> {
        match out {
            Some(path) => std::fs::write(&path, bytes).map_err(|e| CliError::Write {
                path: path.display().to_string(),
                why: e.to_string(),
            }),
            None => std::io::stdout()
                .lock()
                .write_all(bytes)
                .map_err(|e| CliError::Write {
                    path: "standard output".into(),
                    why: e.to_string(),
                }),
        }
    }

    fn parse(args: &[String], data: &DataSet) -> Result<Command, CliError> {
        let Some((command, rest)) = args.split_first() else {
            return Err(CliError::UnknownCommand(String::new()));
        };
        if matches!(command.as_str(), "-h" | "--help" | "help") {
            return Ok(Command::Help);
        }
        if command == "sources" && rest.is_empty() {
            return Ok(Command::Sources);
        }
        if command == "chain-envelopes" && rest.is_empty() {
            return Ok(Command::ChainEnvelopes);
        }
        if command == "rasterise" {
            let mut svg = None;
            let mut scale = None;
            let mut out = None;
            let mut it = rest.iter();
            while let Some(arg) = it.next() {
                match arg.as_str() {
                    "--scale" => scale = Some(it.next().ok_or(CliError::MissingValue("--scale"))?),
                    "--out" => out = Some(it.next().ok_or(CliError::MissingValue("--out"))?),
                    other if other.starts_with("--") || svg.is_some() => {
                        return Err(CliError::UnknownOption(other.to_owned()))
                    }
                    path => svg = Some(PathBuf::from(path)),
                }
            }
            return Ok(Command::Rasterise {
                svg: svg.ok_or(CliError::Missing("FILE.svg"))?,
                scale: parse_scale(scale.cloned())?,
                out: out.map(PathBuf::from),
            });
        }
        if command == "glyphs" {
            return match rest {
                [opt, lang] if opt == "--lang" => Ok(Command::Glyphs(parse_lang(lang)?)),
                [opt] if opt == "--lang" => Err(CliError::MissingValue("--lang")),
                [] => Err(CliError::Missing("--lang")),
                [other, ..] => Err(CliError::UnknownOption(other.clone())),
            };
        }
        let image = match command.as_str() {
            "geojson" => false,
            "image" => true,
            other => return Err(CliError::UnknownCommand(other.to_owned())),
        };
        let mut source = None;
        let mut site = None;
        let mut format = None;
        let mut lang = None;
        let mut theme = None;
        let mut query = None;
        let mut width = None;
        let mut map_height = None;
        let mut height = None;
        let mut scale = None;
        let mut out = None;
        let mut it = rest.iter();
        while let Some(opt) = it.next() {
            let slot = match opt.as_str() {
                "--source" => &mut source,
                "--site" => &mut site,
                "--out" => &mut out,
                "--format" if image => &mut format,
                "--lang" if image => &mut lang,
                "--theme" if image => &mut theme,
                "--query" if image => &mut query,
                "--width" if image => &mut width,
                "--map-height" if image => &mut map_height,
                "--height" if image => &mut height,
                "--scale" if image => &mut scale,
                "-h" | "--help" => return Ok(Command::Help),
                other => return Err(CliError::UnknownOption(other.to_owned())),
            };
            let name: &'static str = match opt.as_str() {
                "--source" => "--source",
                "--site" => "--site",
                "--out" => "--out",
                "--format" => "--format",
                "--lang" => "--lang",
                "--theme" => "--theme",
                "--query" => "--query",
                "--width" => "--width",
                "--scale" => "--scale",
                "--height" => "--height",
                _ => "--map-height",
            };
            *slot = Some(it.next().ok_or(CliError::MissingValue(name))?.clone());
        }
        let out = out.map(PathBuf::from);
        if !image {
            let choice = parse_source(&source.ok_or(CliError::Missing("--source"))?, data)?;
            let launch = parse_site(&site.ok_or(CliError::Missing("--site"))?, data)?;
            return Ok(Command::GeoJson {
                choice,
                launch,
                out,
            });
        }
        let mut view = match query {
            Some(q) => parse_view_query(&q, data)?,
            None => UrlState::default_for(data),
        };
        if let Some(s) = source {
            view.sources = parse_source(&s, data)?;
        }
        if let Some(s) = site {
            view.launch = parse_site(&s, data)?;
        }
        let lang = match lang {
            Some(l) => parse_lang(&l)?,
            None => view.lang.unwrap_or(Lang::En),
        };
        let theme = match theme.as_deref() {
            None => PictureTheme::from_url(view.theme),
            Some("light") => PictureTheme::Light,
            Some("dark") => PictureTheme::Dark,
            Some(other) => return Err(CliError::UnknownTheme(other.to_owned())),
        };
        let format = match format.ok_or(CliError::Missing("--format"))?.as_str() {
            "png" => Format::Png,
            "svg" => Format::Svg,
            other => return Err(CliError::UnknownFormat(other.to_owned())),
        };
        let still = PictureSize::STILL;
        let mut size = PictureSize {
            width_px: f64::from(parse_side("--width", width, still.width_px as u32)?),
            map_height_px: f64::from(parse_side(
                "--map-height",
                map_height.clone(),
                still.map_height_px as u32,
            )?),
        };
        if let Some(text) = height {
            if map_height.is_some() {
                return Err(CliError::UnknownOption(
                    "--height with --map-height (give one)".into(),
                ));
            }
            let total = f64::from(parse_side("--height", Some(text.clone()), 0)?);
            // The title, legend and sources around the map do not depend on its height: lay the
            // picture out once and give the map what the text leaves of the whole.
            let text_px = map_picture(data, &data.basemap, &view, theme, lang, size).height_px
                - size.map_height_px;
            size.map_height_px = total - text_px;
            let fits = map_picture(data, &data.basemap, &view, theme, lang, size).height_px;
            if size.map_height_px < f64::from(SIDE_RANGE_PX.0) / 2.0 {
                return Err(CliError::HeightTooSmall {
                    text,
                    text_px: text_px.round() as u32,
                });
            }
            if fits.round() != total {
                return Err(CliError::Image(format!(
                    "--height {text}: the picture came out {fits} px tall"
                )));
            }
        }
        let scale = parse_scale(scale)?;
        Ok(Command::Image {
            view: Box::new(view),
            format,
            lang,
            theme,
            size,
            scale,
            out,
        })
    }

    /// A page address's query (with or without its `?`), refused whole if the page would
    /// ignore any of it: a picture must show what was asked.
    fn parse_view_query(text: &str, data: &DataSet) -> Result<UrlState, CliError> {
        let (view, ignored) = parse_query(text.trim_start_matches('?'), data);
        match ignored.into_iter().next() {
            Some(i) => Err(CliError::BadQuery {
                param: format!("{}={}", i.param, i.value),
                why: i.reason.message(Lang::En),
            }),
            None => Ok(view),
        }
    }

    fn parse_lang(text: &str) -> Result<Lang, CliError> {
        Lang::from_id(text).ok_or_else(|| CliError::UnknownLang(text.to_owned()))
    }

    fn parse_source(text: &str, data: &DataSet) -> Result<SourceChoice, CliError> {
        if text == "all" {
            Ok(SourceChoice::All)
        } else if data.claims.source(text).is_some() {
            Ok(SourceChoice::One(text.to_owned()))
        } else {
            Err(CliError::UnknownSource(text.to_owned()))
        }
    }

    /// A site id, `chain`, or `LAT,LON` in decimal degrees (hemisphere letters allowed).
    fn parse_site(text: &str, data: &DataSet) -> Result<Launch, CliError> {
        if text == CHAIN_ID {
            return Ok(Launch::Chain);
        }
        if data.site(text).is_some() {
            return Ok(Launch::Site(text.to_owned()));
        }
        let bad = |why: String| CliError::BadSite {
            text: text.to_owned(),
            why,
        };
        let Some((lat, lon)) = text.split_once(',') else {
            let ids: Vec<&str> = data.sites.iter().map(|s| s.id.as_str()).collect();
            return Err(bad(format!(
                "use a site id ({}), chain, or LAT,LON",
                ids.join(", ")
            )));
        };
        parse_lat_lon(lat, lon)
            .map(Launch::Custom)
            .map_err(|e| bad(e.to_string()))
    }

    /// `--scale`: a whole number from 1 to [`MAX_SCALE`]; [`DEFAULT_SCALE`] if not given.
    fn parse_scale(text: Option<String>) -> Result<u32, CliError> {
        match text {
            None => Ok(DEFAULT_SCALE),
            Some(text) => text
                .parse::<u32>()
                .ok()
                .filter(|s| (1..=MAX_SCALE).contains(s))
                .ok_or(CliError::BadScale(text)),
        }
    }

    fn parse_side(
        option: &'static str,
        text: Option<String>,
        default_px: u32,
    ) -> Result<u32, CliError> {
        let Some(text) = text else {
            return Ok(default_px);
        };
        text.parse::<u32>()
            .ok()
            .filter(|v| (SIDE_RANGE_PX.0..=SIDE_RANGE_PX.1).contains(v))
            .ok_or(CliError::BadSize { option, text })
    }
}

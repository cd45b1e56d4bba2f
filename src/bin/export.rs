//! `export`: writes the shown rings as GeoJSON, or the static map as PNG or SVG, from the
//! command line. The build runs it to make the images `<noscript>`, print and the embed
//! dialog use (`scripts/static-images.sh`).
//!
//! ```text
//! export geojson --source ID|all --site ID|chain|LAT,LON [--out FILE]
//! export image   --source ID|all --format png|svg [--site ID|chain|LAT,LON]
//!                [--lang en|ja] [--width PX --height PX] [--out FILE]
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
    use range_claims::model::DataSet;
    use range_claims::rings::{Offer, SourceChoice};
    use range_claims::static_map::{
        every_still_text, map_png, map_svg, DEFAULT_SIZE_PX, SIDE_RANGE_PX,
    };
    use std::collections::BTreeSet;
    use std::fmt;
    use std::io::Write;
    use std::path::PathBuf;
    use std::process::ExitCode;

    /// The help text, printed with `--help` and after every usage error.
    const USAGE: &str = "\
Usage:
  export geojson --source ID|all --site ID|chain|LAT,LON [--out FILE]
  export image --source ID|all --format png|svg [--site ID|chain|LAT,LON]
               [--lang en|ja] [--width PX --height PX] [--out FILE]
  export sources     (lists the source ids)
  export glyphs --lang en|ja  (every character the images can draw in that language,
               for cutting the bundled font: tools/fonts/subset-cjk.sh)
  export chain-envelopes  (prints src/geodesy/chain_envelopes.rs for the data)

Writes to standard output unless --out is given. The image's site defaults to sasebo, its
language to en and its size to 1200x900 px.";

    /// The launch site of images when none is given: the page's default view.
    const DEFAULT_SITE: &str = "sasebo";

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
        /// `--width` or `--height` is not a whole number of pixels in range.
        BadSize { option: &'static str, text: String },
        /// The embedded data failed to load (a bug in the build).
        Data(String),
        /// Drawing or encoding the image failed.
        Image(String),
        /// Writing the output failed.
        Write { path: String, why: String },
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
                CliError::BadSize { option, text } => write!(
                    f,
                    "bad {option} “{text}”: use whole pixels from {} to {}",
                    SIDE_RANGE_PX.0, SIDE_RANGE_PX.1
                ),
                CliError::Data(e) => write!(f, "the embedded data does not load: {e}"),
                CliError::Image(e) => write!(f, "{e}"),
                CliError::Write { path, why } => write!(f, "cannot write {path}: {why}"),
            }
        }
    }

    impl CliError {
        /// Whether the error is the caller's (bad arguments): then the usage is printed too.
        fn is_usage(&self) -> bool {
            !matches!(
                self,
                CliError::Data(_) | CliError::Image(_) | CliError::Write { .. }
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
            choice: SourceChoice,
            launch: Launch,
            format: Format,
            lang: Lang,
            width_px: u32,
            height_px: u32,
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
        let data = DataSet::load_embedded_detailed().map_err(|e| CliError::Data(e.to_string()))?;
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
            Command::Sources => {
                let ids: Vec<&str> = data.claims.sources.iter().map(|s| s.id.as_str()).collect();
                write_out(None, format!("{}\n", ids.join("\n")).as_bytes())
            }
            Command::Glyphs(lang) => {
                let chars: BTreeSet<char> = every_still_text(&data, lang)
                    .iter()
                    .flat_map(|w| w.all().into_iter().flat_map(str::chars).collect::<Vec<_>>())
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
                choice,
                launch,
                format,
                lang,
                width_px,
                height_px,
                out,
            } => {
                let size = (width_px, height_px);
                let bytes = match format {
                    Format::Png => map_png(&data, &choice, &launch, lang, size),
                    Format::Svg => {
                        map_svg(&data, &choice, &launch, lang, size).map(String::into_bytes)
                    }
                }
                .map_err(|e| CliError::Image(e.to_string()))?;
                write_out(out, &bytes)
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
        let mut width = None;
        let mut height = None;
        let mut out = None;
        let mut it = rest.iter();
        while let Some(opt) = it.next() {
            let slot = match opt.as_str() {
                "--source" => &mut source,
                "--site" => &mut site,
                "--out" => &mut out,
                "--format" if image => &mut format,
                "--lang" if image => &mut lang,
                "--width" if image => &mut width,
                "--height" if image => &mut height,
                "-h" | "--help" => return Ok(Command::Help),
                other => return Err(CliError::UnknownOption(other.to_owned())),
            };
            let name: &'static str = match opt.as_str() {
                "--source" => "--source",
                "--site" => "--site",
                "--out" => "--out",
                "--format" => "--format",
                "--lang" => "--lang",
                "--width" => "--width",
                _ => "--height",
            };
            *slot = Some(it.next().ok_or(CliError::MissingValue(name))?.clone());
        }
        let choice = parse_source(&source.ok_or(CliError::Missing("--source"))?, data)?;
        let launch = match site {
            Some(s) => parse_site(&s, data)?,
            None if image => Launch::Site(DEFAULT_SITE.to_owned()),
            None => return Err(CliError::Missing("--site")),
        };
        let out = out.map(PathBuf::from);
        if !image {
            return Ok(Command::GeoJson {
                choice,
                launch,
                out,
            });
        }
        let format = match format.ok_or(CliError::Missing("--format"))?.as_str() {
            "png" => Format::Png,
            "svg" => Format::Svg,
            other => return Err(CliError::UnknownFormat(other.to_owned())),
        };
        Ok(Command::Image {
            choice,
            launch,
            format,
            lang: lang.as_deref().map_or(Ok(Lang::En), parse_lang)?,
            width_px: parse_side("--width", width, DEFAULT_SIZE_PX.0)?,
            height_px: parse_side("--height", height, DEFAULT_SIZE_PX.1)?,
            out,
        })
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

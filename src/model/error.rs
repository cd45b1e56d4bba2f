//! Errors for data files that cannot be used.

/// A data file that cannot be used, with the file and the field a maintainer must fix.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    /// The file is not valid JSON or does not have the expected shape.
    #[error("{file}: field `{field}`: {message}")]
    Parse {
        /// The data file, as a path from the repository root (`data/sites.json`).
        file: String,
        /// Path of the field in the file (`sites[2].lat_deg`), `.` for the whole file.
        field: String,
        /// What serde found wrong.
        message: String,
    },
    /// The file parsed, but a value is out of range or inconsistent.
    #[error("{file}: field `{field}`: {problem}")]
    Invalid {
        /// The data file, as a path from the repository root.
        file: String,
        /// Path of the field in the file.
        field: String,
        /// What is wrong with its value.
        problem: String,
    },
}

impl DataError {
    /// An [`DataError::Invalid`] for `field` of `file`.
    pub fn invalid(file: &str, field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self::Invalid {
            file: file.to_owned(),
            field: field.into(),
            problem: problem.into(),
        }
    }
}

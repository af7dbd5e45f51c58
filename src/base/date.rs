//! Calendar dates as the configuration writes them, and today's date in Sweden.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date written `YYYY-MM-DD` (Europe/Stockholm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Parse a strict ISO calendar date.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return None;
        }
        s.parse::<jiff::civil::Date>().ok().map(Date)
    }

    /// This date moved by a number of days.
    pub fn plus_days(self, days: i64) -> Self {
        let span = jiff::Span::new().days(days);
        Date(self.0.checked_add(span).unwrap_or(self.0))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a calendar date (YYYY-MM-DD)"))
        })
    }
}

/// The JSON Schema pattern of a date; a schema error with it is reported as "not a calendar date".
pub const DATE_PATTERN: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "date", "pattern": DATE_PATTERN, "description": "A calendar date, YYYY-MM-DD", "x-description-sv": "Ett datum, ÅÅÅÅ-MM-DD"})
    }
}

/// Today's date in Sweden: the only place provkoll reads the clock (rules read `--as-of`).
pub fn today() -> Date {
    let now = jiff::Timestamp::now();
    // The bundled time-zone database always has Stockholm; UTC is a day off at most at midnight.
    let tz = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap_or(jiff::tz::TimeZone::UTC);
    Date(now.to_zoned_datetime(tz).date())
}

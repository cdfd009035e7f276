//! `Serialize` for the shared types, and `Deserialize` for [`Class`] (feature
//! `serde`), written by hand so that `codes-core` needs no derive macro.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::{
    Class, CodeValue, ColumnValue, Columns, Entry, UnknownClass, UnknownCode, UnknownName,
};

/// As its name in the table syntax: `"client_error"`.
impl Serialize for Class {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// From its name in the table syntax: `"client_error"`.
impl<'de> Deserialize<'de> for Class {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ClassVisitor;
        impl Visitor<'_> for ClassVisitor {
            type Value = Class;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a class: {}", crate::class::CLASS_NAMES)
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Class, E> {
                Class::from_name(name)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(name), &self))
            }
        }
        deserializer.deserialize_str(ClassVisitor)
    }
}

/// As the value itself: a number, a boolean or a string.
impl Serialize for ColumnValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            ColumnValue::Int(value) => match (i64::try_from(value), u64::try_from(value)) {
                (Ok(value), _) => serializer.serialize_i64(value),
                (_, Ok(value)) => serializer.serialize_u64(value),
                _ => serializer.serialize_i128(value),
            },
            ColumnValue::Bool(value) => serializer.serialize_bool(value),
            ColumnValue::Str(value) => serializer.serialize_str(value),
        }
    }
}

/// As the number or the string.
impl Serialize for CodeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            CodeValue::Int(value) => ColumnValue::Int(value).serialize(serializer),
            CodeValue::Str(value) => serializer.serialize_str(value),
        }
    }
}

/// As a map from each column's name to the row's value (`null` where empty).
impl Serialize for Columns {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (name, value) in self.iter() {
            map.serialize_entry(name, &value)?;
        }
        map.end()
    }
}

/// As a struct of its fields; the code as a number.
impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Entry", 11)?;
        entry.serialize_field("code", &self.code)?;
        entry.serialize_field("name", &self.name)?;
        entry.serialize_field("variant", self.variant)?;
        entry.serialize_field("description", &self.description)?;
        entry.serialize_field("group", &self.group)?;
        entry.serialize_field("group_title", &self.group_title)?;
        entry.serialize_field("class", &self.class)?;
        entry.serialize_field("aliases", self.aliases)?;
        entry.serialize_field("deprecated", &self.deprecated)?;
        entry.serialize_field("deprecation", &self.deprecation)?;
        entry.serialize_field("columns", &self.columns)?;
        entry.end()
    }
}

/// As `{"vendor": ..., "code": ..., "message": ...}`.
impl<T: Copy + Serialize + fmt::Display> Serialize for UnknownCode<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("UnknownCode", 3)?;
        error.serialize_field("vendor", self.vendor())?;
        error.serialize_field("code", &self.code())?;
        error.serialize_field("message", &Displayed(self))?;
        error.end()
    }
}

/// As `{"vendor": ..., "message": ...}`.
impl Serialize for UnknownName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("UnknownName", 2)?;
        error.serialize_field("vendor", self.vendor())?;
        error.serialize_field("message", &Displayed(self))?;
        error.end()
    }
}

/// As `{"name": ..., "truncated": ..., "message": ...}`.
impl Serialize for UnknownClass {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("UnknownClass", 3)?;
        error.serialize_field("name", self.name())?;
        error.serialize_field("truncated", &self.is_truncated())?;
        error.serialize_field("message", &Displayed(self))?;
        error.end()
    }
}

/// Serializes a value's `Display` as a string, without allocating.
struct Displayed<'a, T>(&'a T);

impl<T: fmt::Display> Serialize for Displayed<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip_as_their_names() {
        for class in Class::ALL {
            let json = serde_json::to_string(&class).unwrap();
            assert_eq!(json, format!("\"{}\"", class.as_str()));
            assert_eq!(serde_json::from_str::<Class>(&json).unwrap(), class);
        }
        let err = serde_json::from_str::<Class>("\"Retry\"").unwrap_err();
        assert!(
            err.to_string().contains("expected a class: success"),
            "{err}"
        );
    }

    #[test]
    fn errors_serialize_with_their_message() {
        let json = serde_json::to_value(UnknownCode::new("Acme", 7_u32)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"vendor": "Acme", "code": 7, "message": "unknown Acme status code 7"})
        );
        let json = serde_json::to_value(UnknownName::new("Acme")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"vendor": "Acme", "message": "unknown Acme status name"})
        );
        let json = serde_json::to_value(UnknownClass::new("x")).unwrap();
        assert_eq!(json["name"], "x");
    }

    #[test]
    fn column_values_serialize_as_themselves() {
        let json = |value| serde_json::to_string(&value).unwrap();
        assert_eq!(json(ColumnValue::Int(-3)), "-3");
        assert_eq!(
            json(ColumnValue::Int(u64::MAX.into())),
            u64::MAX.to_string()
        );
        assert_eq!(json(ColumnValue::Bool(true)), "true");
        assert_eq!(json(ColumnValue::Str("a\"b")), r#""a\"b""#);
        let columns = Columns::new(&["http", "note"], &[Some(ColumnValue::Int(404)), None]);
        assert_eq!(
            serde_json::to_string(&columns).unwrap(),
            r#"{"http":404,"note":null}"#
        );
    }
}

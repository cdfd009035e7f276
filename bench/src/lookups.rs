//! Every lookup the benchmarks compare, each behind an `#[inline(never)]`
//! wrapper, so that every side is called the same way: out of line, input by
//! value, its answer returned by value. The criterion benchmark
//! (`benches/lookup.rs`), the interleaved timer (`src/bin/ratios.rs`) and the
//! instruction counter (`src/bin/count.rs`) all call these, through the same
//! loop ([`over`]).
//!
//! The code → variant lookups are also given `#[inline(always)]`, in the
//! `inlined` module beside their wrappers (which call them): the
//! `code_to_variant_inlined` comparisons put every side into the loop
//! itself, both sides alike again, without the call each wrapper costs.
//! `empty` (the code, returned as it came) gives the floor of each way: the
//! loop and, out of line, the call.
//!
//! Within a wrapper each side is compiled as a user's crate would compile it:
//! the generated lookups are `#[inline]` and land in the wrapper; num_enum's
//! and strum's conversions, and the hand-written `match`es, are inlined or
//! called as the compiler decides. Callgrind counts a wrapper inclusively
//! (its callees too), so what it counts is the lookup alone, whatever was
//! inlined.
//!
//! The answers' types:
//! - code → variant: the table's enum (the generated one, or num_enum's for
//!   num_enum), total: an unlisted code gives the catch-all.
//! - name → variant: `Option` of the enum for `from_name`, the `match` and
//!   `phf`; `Result` of the enum and the type's own error for `FromStr`
//!   (`"...".parse()`), the generated enum's and strum's alike.

use std::hint::black_box;
use std::str::FromStr;

/// Runs `lookup` over every input, each input and answer passed through
/// [`black_box`], so that neither is known to the compiler: the one loop
/// every measurement uses.
#[inline]
pub fn over<T: Copy, R>(inputs: &[T], lookup: impl Fn(T) -> R) {
    for &input in inputs {
        black_box(lookup(black_box(input)));
    }
}

/// Clarifai's 441 sparse codes (0 to 99009, `u32`: its page's 336 and 105
/// of its proto), whose names the vendor gives.
pub mod clarifai {
    use super::FromStr;
    use crate::alternatives::clarifai as alt;
    use codes_alt_tables::AltClarifai;
    use strum::{EnumMessage, EnumProperty};
    use vendor_codes::vendors::clarifai::{Clarifai, ClarifaiGroup};
    use vendor_codes::{Class, UnknownName};

    /// The code as it came: the loop and the call alone.
    #[inline(never)]
    #[must_use]
    pub fn code_empty(code: u32) -> u32 {
        inlined::code_empty(code)
    }

    /// `Clarifai::from_code`: the generated lookup.
    #[inline(never)]
    #[must_use]
    pub fn code_status_codes(code: u32) -> Clarifai {
        inlined::code_status_codes(code)
    }

    /// A hand-written `match` on the code, as prost generates.
    #[inline(never)]
    #[must_use]
    pub fn code_match(code: u32) -> Clarifai {
        inlined::code_match(code)
    }

    /// num_enum's `FromPrimitive` with a `catch_all` variant.
    #[inline(never)]
    #[must_use]
    pub fn code_num_enum(code: u32) -> AltClarifai {
        inlined::code_num_enum(code)
    }

    /// A `phf` map from code to variant, the catch-all when absent.
    #[inline(never)]
    #[must_use]
    pub fn code_phf(code: u32) -> Clarifai {
        inlined::code_phf(code)
    }

    /// The code → variant lookups, each inlined where it is called: into
    /// the wrappers above, and into the loop of the inlined comparisons.
    pub mod inlined {
        use super::alt;
        use codes_alt_tables::AltClarifai;

        use super::Clarifai;

        /// The code as it came.
        #[inline(always)]
        #[must_use]
        pub fn code_empty(code: u32) -> u32 {
            code
        }

        /// `Clarifai::from_code`.
        #[inline(always)]
        #[must_use]
        pub fn code_status_codes(code: u32) -> Clarifai {
            Clarifai::from_code(code)
        }

        /// The hand-written `match`.
        #[inline(always)]
        #[must_use]
        pub fn code_match(code: u32) -> Clarifai {
            alt::from_code_match(code)
        }

        /// num_enum's `FromPrimitive`.
        #[inline(always)]
        #[must_use]
        pub fn code_num_enum(code: u32) -> AltClarifai {
            AltClarifai::from(code)
        }

        /// The `phf` map.
        #[inline(always)]
        #[must_use]
        pub fn code_phf(code: u32) -> Clarifai {
            alt::BY_CODE
                .get(&code)
                .copied()
                .unwrap_or(Clarifai::Unknown(code))
        }
    }

    /// `Clarifai::from_name`: the generated lookup.
    #[inline(never)]
    #[must_use]
    pub fn name_status_codes(name: &str) -> Option<Clarifai> {
        Clarifai::from_name(name)
    }

    /// `name.parse::<Clarifai>()`: the generated `FromStr`.
    ///
    /// # Errors
    ///
    /// The generated error, for a name the table does not list.
    #[inline(never)]
    pub fn name_status_codes_parse(name: &str) -> Result<Clarifai, UnknownName> {
        Clarifai::from_str(name)
    }

    /// A hand-written `match` on the name, as prost generates.
    #[inline(never)]
    #[must_use]
    pub fn name_match(name: &str) -> Option<Clarifai> {
        alt::from_name_match(name)
    }

    /// strum's `EnumString` (a `match` on the name): `name.parse()`.
    ///
    /// # Errors
    ///
    /// strum's error, for a name the table does not list.
    #[inline(never)]
    pub fn name_strum(name: &str) -> Result<AltClarifai, strum::ParseError> {
        AltClarifai::from_str(name)
    }

    /// strum's `EnumString` with `use_phf`: `name.parse()`.
    ///
    /// # Errors
    ///
    /// strum's error, for a name the table does not list.
    #[inline(never)]
    pub fn name_strum_phf(name: &str) -> Result<alt::StrumPhf, strum::ParseError> {
        alt::StrumPhf::from_str(name)
    }

    /// A `phf` map from name to variant.
    #[inline(never)]
    #[must_use]
    pub fn name_phf(name: &str) -> Option<Clarifai> {
        alt::BY_NAME.get(name).copied()
    }

    /// `Clarifai::code`: the generated accessor.
    #[inline(never)]
    #[must_use]
    pub fn variant_code_status_codes(value: Clarifai) -> u32 {
        value.code()
    }

    /// num_enum's `IntoPrimitive`.
    #[inline(never)]
    #[must_use]
    pub fn variant_code_num_enum(value: AltClarifai) -> u32 {
        u32::from(value)
    }

    /// `Clarifai::name`: the generated accessor.
    #[inline(never)]
    #[must_use]
    pub fn variant_name_status_codes(value: Clarifai) -> Option<&'static str> {
        value.name()
    }

    /// strum's `IntoStaticStr`.
    #[inline(never)]
    #[must_use]
    pub fn variant_name_strum(value: AltClarifai) -> &'static str {
        value.into()
    }

    /// `Clarifai::description`: the generated accessor.
    #[inline(never)]
    #[must_use]
    pub fn variant_description_status_codes(value: Clarifai) -> Option<&'static str> {
        value.description()
    }

    /// strum's `EnumMessage::get_message`.
    #[inline(never)]
    #[must_use]
    pub fn variant_description_strum(value: AltClarifai) -> Option<&'static str> {
        value.get_message()
    }

    /// `Clarifai::group`: the generated accessor.
    #[inline(never)]
    #[must_use]
    pub fn variant_group_status_codes(value: Clarifai) -> Option<ClarifaiGroup> {
        value.group()
    }

    /// strum's `EnumProperty::get_str("group")`.
    #[inline(never)]
    #[must_use]
    pub fn variant_group_strum(value: AltClarifai) -> Option<&'static str> {
        value.get_str("group")
    }

    /// `Clarifai::class`: the generated accessor.
    #[inline(never)]
    #[must_use]
    pub fn variant_class_status_codes(value: Clarifai) -> Class {
        value.class()
    }

    /// strum's `EnumProperty::get_str("class")`.
    #[inline(never)]
    #[must_use]
    pub fn variant_class_strum(value: AltClarifai) -> Option<&'static str> {
        value.get_str("class")
    }
}

/// BigML's 16 general error codes (-1208 to -1100, `i32`): a dense table.
pub mod bigml_general {
    use crate::alternatives::bigml_general as alt;
    use codes_alt_tables::AltBigmlGeneral;
    use vendor_codes::vendors::bigml::GeneralError;

    /// The code as it came: the loop and the call alone.
    #[inline(never)]
    #[must_use]
    pub fn code_empty(code: i32) -> i32 {
        inlined::code_empty(code)
    }

    /// `GeneralError::from_code`: the generated lookup.
    #[inline(never)]
    #[must_use]
    pub fn code_status_codes(code: i32) -> GeneralError {
        inlined::code_status_codes(code)
    }

    /// A hand-written `match` on the code, as prost generates.
    #[inline(never)]
    #[must_use]
    pub fn code_match(code: i32) -> GeneralError {
        inlined::code_match(code)
    }

    /// num_enum's `FromPrimitive` with a `catch_all` variant.
    #[inline(never)]
    #[must_use]
    pub fn code_num_enum(code: i32) -> AltBigmlGeneral {
        inlined::code_num_enum(code)
    }

    /// A `phf` map from code to variant, the catch-all when absent.
    #[inline(never)]
    #[must_use]
    pub fn code_phf(code: i32) -> GeneralError {
        inlined::code_phf(code)
    }

    /// The code → variant lookups, each inlined where it is called: into
    /// the wrappers above, and into the loop of the inlined comparisons.
    pub mod inlined {
        use super::alt;
        use codes_alt_tables::AltBigmlGeneral;

        use super::GeneralError;

        /// The code as it came.
        #[inline(always)]
        #[must_use]
        pub fn code_empty(code: i32) -> i32 {
            code
        }

        /// `GeneralError::from_code`.
        #[inline(always)]
        #[must_use]
        pub fn code_status_codes(code: i32) -> GeneralError {
            GeneralError::from_code(code)
        }

        /// The hand-written `match`.
        #[inline(always)]
        #[must_use]
        pub fn code_match(code: i32) -> GeneralError {
            alt::from_code_match(code)
        }

        /// num_enum's `FromPrimitive`.
        #[inline(always)]
        #[must_use]
        pub fn code_num_enum(code: i32) -> AltBigmlGeneral {
            AltBigmlGeneral::from(code)
        }

        /// The `phf` map.
        #[inline(always)]
        #[must_use]
        pub fn code_phf(code: i32) -> GeneralError {
            alt::BY_CODE
                .get(&code)
                .copied()
                .unwrap_or(GeneralError::Unknown(code))
        }
    }
}

/// ModelArts' 838 error codes (`ModelArts.0101`), a string-keyed table.
pub mod modelarts_errors {
    use super::FromStr;
    use crate::alternatives::modelarts_errors as alt;
    use vendor_codes::vendors::modelarts::ModelArtsError;

    /// `ModelArtsError::from_code`: the generated lookup.
    #[inline(never)]
    #[must_use]
    pub fn code_status_codes(code: &str) -> ModelArtsError<'_> {
        ModelArtsError::from_code(code)
    }

    /// A hand-written `match` on the code.
    #[inline(never)]
    #[must_use]
    pub fn code_match(code: &str) -> ModelArtsError<'_> {
        alt::from_code_match(code)
    }

    /// strum's `EnumString` (a `match` on the code): `code.parse()`.
    ///
    /// # Errors
    ///
    /// strum's error, for a code the table does not list.
    #[inline(never)]
    pub fn code_strum(code: &str) -> Result<alt::Strum, strum::ParseError> {
        alt::Strum::from_str(code)
    }

    /// strum's `EnumString` with `use_phf`: `code.parse()`.
    ///
    /// # Errors
    ///
    /// strum's error, for a code the table does not list.
    #[inline(never)]
    pub fn code_strum_phf(code: &str) -> Result<alt::StrumPhf, strum::ParseError> {
        alt::StrumPhf::from_str(code)
    }

    /// A `phf` map from code to variant, the catch-all when absent.
    #[inline(never)]
    #[must_use]
    pub fn code_phf(code: &str) -> ModelArtsError<'_> {
        alt::BY_CODE
            .get(code)
            .copied()
            .unwrap_or(ModelArtsError::Unknown(code))
    }
}

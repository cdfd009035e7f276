//! The enum's inherent impl: its constants, conversions and accessors.

use proc_macro2::{Literal, TokenStream, TokenTree};

use crate::hash_index::{Seen, values_hash};
use crate::model::{ColumnModel, ColumnType, Value};

use super::data::{self, Field};
use super::template::{
    self, Hole, Template, comma, fill, ident, push_attrs, push_separated, stream,
};
use super::{Cx, int_lit, lookup};

/// The inherent impl; for a string-keyed table, a second one of its
/// `'static` form, which holds `ALL` and `COUNT` (a `&'static` slice of
/// values needs values that live as long).
pub fn inherent_impl(cx: &Cx) -> Vec<TokenStream> {
    let all = constants(cx);
    let (constants, static_impl) = if cx.strings() {
        let holes = [
            ("static_ty", Hole::from(&cx.static_ty)),
            ("all", all.into()),
        ];
        (
            TokenStream::new(),
            Some(fill("static_impl", "impl $static_ty { $all }", &holes)),
        )
    } else {
        (all, None)
    };
    add_row_data(cx);
    let mut items = constants;
    items.extend(lookup::from_index(cx));
    let (lookups, codes) = lookup::lookup_fns(cx);
    items.extend(lookups);
    items.extend(conversions(cx));
    items.extend(accessors(cx, &codes));
    items.extend(status_accessors(cx));
    items.extend(columns(cx));
    items.extend(group_accessors(cx));
    let main = fill(
        "inherent",
        r"
        #[allow(deprecated)]
        impl $generics $name $generics {
            /// The vendor whose table this is.
            pub const VENDOR: &'static str = $vendor;

            $items
        }
        ",
        &[
            ("generics", (&cx.generics).into()),
            ("name", (&cx.model.name).into()),
            ("vendor", cx.model.vendor.as_str().into()),
            ("items", items.into()),
        ],
    );
    let mut impls = vec![main];
    impls.extend(static_impl);
    impls
}

/// `ALL` and `COUNT`.
fn constants(cx: &Cx) -> TokenStream {
    // The variants by their names alone, under a `use` of them all.
    let mut all = Vec::new();
    for row in &cx.model.rows {
        comma(&mut all);
        push_attrs(&mut all, &row.cfgs);
        all.push(TokenTree::Ident(row.variant.clone()));
    }
    let all = stream(all);
    fill(
        "constants",
        r"
        /// Every code the table lists, in code order.
        pub const ALL: &'static [Self] = {
            use $name::*;
            &[$all]
        };

        /// How many codes the table lists.
        pub const COUNT: usize = Self::ALL.len();
        ",
        &[("name", (&cx.model.name).into()), ("all", all.into())],
    )
}

/// Adds the per-row data, indexed by the generated `__index`, to the block's statics:
/// the text, the classes, and the flags and aliases where some row needs
/// them. One entry a row, and for the arrays that the catch-all reads too,
/// one for it.
fn add_row_data(cx: &Cx) {
    let model = cx.model;
    let krate = [("krate", Hole::from(&cx.krate))];
    let mut data = cx.text.statics();
    // Each class by its variant's name alone, under a `use` of them all.
    let mut classes = data::List::new();
    for row in &model.rows {
        classes.push(cx.class_ident(Cx::row_class_value(row)));
    }
    classes.push(cx.class_ident(codes_core::Class::Unknown));
    data.extend(data::array_static_using(
        "__CLASSES",
        fill("class_ty", "$krate::Class", &krate),
        Some(fill("class_use", "use $krate::Class::*;", &krate)),
        classes,
    ));
    if cx.has_flags() {
        let mut flags = data::List::new();
        for row in &model.rows {
            flags.push(Literal::u8_unsuffixed(data::flags(row)));
        }
        flags.push(Literal::u8_unsuffixed(0));
        data.extend(data::array_static(
            "__FLAGS",
            TokenTree::Ident(ident("u8")).into(),
            flags,
        ));
    }
    if cx.has_aliases() {
        data.extend(alias_data(cx));
    }
    cx.add_static(data);
}

/// `deprecation()`'s body, which reads a row's note where its flags say it
/// has one; the notes (a text, no pointer a row) go to the block's statics.
fn deprecation(cx: &Cx) -> TokenStream {
    let rows = &cx.model.rows;
    if !rows
        .iter()
        .any(|row| matches!(row.deprecated, Some(Some(_))))
    {
        return TokenTree::Ident(ident("None")).into();
    }
    let mut notes = data::Strings::new("deprecation");
    for row in rows {
        notes.push(
            row.deprecated
                .as_ref()
                .and_then(Option::as_deref)
                .unwrap_or_default(),
        );
    }
    cx.add_static(notes.statics());
    let note = notes.get(&TokenTree::Ident(ident("index")).into());
    fill(
        "deprecation",
        r"{
            let index = self.__index();
            if index < $count && __FLAGS[index] & $flag != 0 {
                Some($note)
            } else {
                None
            }
        }",
        &[
            ("count", rows.len().into()),
            ("flag", data::NOTED.into()),
            ("note", note.into()),
        ],
    )
}

/// Every alias in row order (`__alias_list`), each alias's row
/// (`__alias_rows`) and where each row's aliases begin in the list
/// (`__alias_at`, one more entry than the rows and the catch-all).
fn alias_data(cx: &Cx) -> TokenStream {
    let rows = &cx.model.rows;
    let mut list = data::List::new();
    for alias in cx.model.aliases() {
        list.push(super::str_lit(alias));
    }
    let mut of_rows = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        of_rows.extend(std::iter::repeat_n(index, row.aliases.len()));
    }
    let mut at = vec![0];
    for row in rows {
        at.push(at[at.len() - 1] + row.aliases.len());
    }
    // The catch-all's: none.
    at.push(of_rows.len());
    let mut data = data::array_static("__ALIAS_LIST", fill("str_ty", "&'static str", &[]), list);
    data.extend(data::index_array("__ALIAS_ROWS", rows.len(), &of_rows));
    data.extend(data::index_array("__ALIAS_AT", of_rows.len(), &at));
    data
}

/// `__index` and `try_from_code`.
fn conversions(cx: &Cx) -> TokenStream {
    let (krate, int, catch_all) = (&cx.krate, &cx.int, &cx.model.catch_all);
    let rows = &cx.model.rows;
    // `cfgs Variant => index,` a row.
    let mut arms = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        push_attrs(&mut arms, &row.cfgs);
        arms.push(TokenTree::Ident(row.variant.clone()));
        template::push_op(&mut arms, "=>");
        arms.push(Literal::usize_unsuffixed(index).into());
        arms.push(template::punct(','));
    }
    fill(
        "conversions",
        r"
        /// The position of the variant's row in the table (in code order);
        /// the catch-all's is one past the last row.
        #[inline]
        const fn __index(self) -> usize {
            use $name::*;
            match self {
                $arms
                $catch_all(_) => $count,
            }
        }

        /// The listed value for `code`.
        ///
        /// # Errors
        ///
        /// An error naming the vendor and the code when the table does not
        /// list `code`.
        #[inline]
        pub const fn try_from_code(code: $int) -> Result<Self, $krate::UnknownCode<$int>> {
            match Self::from_code(code) {
                Self::$catch_all(code) => Err($krate::UnknownCode::new(Self::VENDOR, code)),
                listed => Ok(listed),
            }
        }
        ",
        &[
            ("name", (&cx.model.name).into()),
            ("arms", stream(arms).into()),
            ("catch_all", catch_all.into()),
            ("count", Literal::usize_unsuffixed(rows.len()).into()),
            ("int", int.into()),
            ("krate", krate.into()),
        ],
    )
}

/// The accessors of every row's identity and text; `codes` is the
/// expression of an integer-keyed table's array of codes.
fn accessors(cx: &Cx, codes: &TokenStream) -> TokenStream {
    let aliases = if cx.has_aliases() {
        fill(
            "aliases",
            r"{
                let index = self.__index();
                let (at, list) = (&__ALIAS_AT, &__ALIAS_LIST);
                let (start, end) = (at[index] as usize, at[index + 1] as usize);
                match list.split_at_checked(end) {
                    Some((head, _)) => match head.split_at_checked(start) {
                        Some((_, aliases)) => aliases,
                        None => &[],
                    },
                    None => &[],
                }
            }",
            &[],
        )
    } else {
        fill("no_aliases", "&[]", &[])
    };
    let index = fill("index", "self.__index()", &[]);
    let code = if cx.strings() {
        cx.text.get(Field::Code, &index)
    } else {
        fill("code", "$codes[self.__index()]", &[("codes", codes.into())])
    };
    // `None` for the catch-all and the rows without one: their strings
    // are empty.
    fill(
        "accessors",
        r"
        /// The numeric code, as the vendor sends it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> $int {
            match self {
                Self::$catch_all(code) => code,
                _ => $code,
            }
        }

        /// The vendor's name for the code, as it appears on the wire;
        /// `None` for unknown codes and rows the vendor gives no name.
        #[must_use]
        #[inline]
        pub const fn name(self) -> Option<&'static str> {
            $name
        }

        /// The vendor's other names for the code (older names, protobuf
        /// aliases), each of which [`from_name`](Self::from_name) also
        /// accepts; empty for unknown codes.
        #[must_use]
        #[inline]
        pub const fn aliases(self) -> &'static [&'static str] {
            $aliases
        }

        /// The name of the Rust variant; `None` for unknown codes.
        #[must_use]
        #[inline]
        pub const fn variant_name(self) -> Option<&'static str> {
            $variant
        }


        /// The vendor's description of the code; `None` for unknown codes
        /// and rows the vendor did not describe.
        #[must_use]
        #[inline]
        pub const fn description(self) -> Option<&'static str> {
            $description
        }
        ",
        &[
            ("int", (&cx.int).into()),
            ("catch_all", (&cx.model.catch_all).into()),
            ("code", code.into()),
            ("name", cx.text.some(Field::Name, &index).into()),
            ("aliases", aliases.into()),
            ("variant", cx.text.some(Field::Variant, &index).into()),
            (
                "description",
                cx.text.some(Field::Description, &index).into(),
            ),
        ],
    )
}

/// Whether `self`'s row has the flag `flag` (`data::DEPRECATED`, ...): read
/// from the flags where some row sets it (`set`), else `false`.
fn flag(set: bool, flag: u8) -> TokenStream {
    if set {
        fill(
            "flag",
            "__FLAGS[self.__index()] & $flag != 0",
            &[("flag", flag.into())],
        )
    } else {
        TokenTree::Ident(ident("false")).into()
    }
}

/// The accessors of what a row says of the code's state: deprecation,
/// class, whether it is known.
fn status_accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let deprecated = flag(
        model.rows.iter().any(|row| row.deprecated.is_some()),
        data::DEPRECATED,
    );
    let generic = flag(model.rows.iter().any(|row| row.generic), data::GENERIC);
    let mut out = fill(
        "status_accessors",
        r"
        /// `true` when the vendor marks the code deprecated: it plans to
        /// stop sending it. The code still means what it says.
        #[must_use]
        #[inline]
        pub const fn is_deprecated(self) -> bool {
            $deprecated
        }


        /// The vendor's note on the code's deprecation, where it gives one.
        #[must_use]
        #[inline]
        pub const fn deprecation(self) -> Option<&'static str> {
            $deprecation
        }

        /// `true` when the table marks the code generic: a catch-all that
        /// says only that the call failed, which yields to a more specific
        /// signal that says retry (an HTTP 503, a `Retry-After`).
        #[must_use]
        #[inline]
        pub const fn is_generic(self) -> bool {
            $generic
        }

        /// What the code asks of the client.
        #[must_use]
        #[inline]
        pub const fn class(self) -> $krate::Class {
            $class
        }

        /// `true` when the table lists the code.
        #[must_use]
        #[inline]
        pub const fn is_known(self) -> bool {
            match self {
                Self::$catch_all(_) => false,
                _ => true,
            }
        }
        ",
        &[
            ("deprecated", deprecated.into()),
            ("deprecation", deprecation(cx).into()),
            ("generic", generic.into()),
            ("krate", (&cx.krate).into()),
            ("class", class(cx).into()),
            ("catch_all", (&model.catch_all).into()),
        ],
    );
    if cx.strings() {
        out.extend(fill(
            "to_static",
            r"
            /// The listed value free of the lifetime of the string it was
            /// decoded from (a listed code borrows nothing); `None` for an
            /// unknown code, which borrows it.
            #[must_use]
            #[inline]
            pub const fn to_static(self) -> Option<$name<'static>> {
                match self {
                    Self::$catch_all(_) => None,
                    _ => $name::__find(self.code()),
                }
            }
            ",
            &[
                ("name", (&model.name).into()),
                ("catch_all", (&model.catch_all).into()),
            ],
        ));
    }
    out
}

/// `class()`'s body. An unknown `code`'s class is that of the innermost
/// group declaring one for unlisted codes, else RFC 9110's in an HTTP
/// table, else unknown: the catch-all's entry of `__CLASSES`.
fn class(cx: &Cx) -> TokenStream {
    let unlisted = cx.model.groups.iter().any(|g| g.unlisted.is_some());
    if !cx.model.http && !unlisted {
        return fill("class", "__CLASSES[self.__index()]", &[]);
    }
    let fallback = if cx.model.http {
        let krate = [("krate", Hole::from(&cx.krate))];
        fill("http_class", "$krate::Class::for_http_status(code)", &krate)
    } else {
        cx.class(codes_core::Class::Unknown)
    };
    let unknown = if unlisted {
        fill(
            "unlisted_class",
            r"
            match $group_enum::__unlisted(code) {
                Some(class) => class,
                None => $fallback,
            }
            ",
            &[
                ("group_enum", (&cx.model.group_enum).into()),
                ("fallback", fallback.into()),
            ],
        )
    } else {
        fallback
    };
    fill(
        "unknown_class",
        r"
        match self {
            Self::$catch_all(code) => $unknown,
            _ => __CLASSES[self.__index()],
        }
        ",
        &[
            ("catch_all", (&cx.model.catch_all).into()),
            ("unknown", unknown.into()),
        ],
    )
}

/// The typed accessor of each column and the type-erased `columns()`.
///
/// Rows share their values (a column says the same of many rows): the
/// distinct combinations of a row's values are stored once each, and each
/// row holds the position of its combination (`__column_rows`).
fn columns(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let width = model.columns.len();
    // Without columns, `VendorCode` alone has `columns` (always empty).
    if width == 0 {
        return TokenStream::new();
    }
    // The catch-all's combination: every value `None`.
    let empty: Vec<Option<Value>> = vec![None; width];
    let mut combos: Vec<&[Option<Value>]> = Vec::new();
    let mut seen = Seen::default();
    let mut of_rows = Vec::with_capacity(model.rows.len() + 1);
    for row in &model.rows {
        of_rows.push(combo_position(&mut seen, &mut combos, &row.values));
    }
    of_rows.push(combo_position(&mut seen, &mut combos, &empty));
    cx.add_static(data::index_array("__COLUMN_ROWS", combos.len(), &of_rows));
    let mut out = TokenStream::new();
    for (index, column) in model.columns.iter().enumerate() {
        out.extend(column_accessor(cx, index, column, &combos));
    }
    out.extend(columns_method(cx, &combos));
    out
}

/// The position of the combination `values` in `combos`, added there
/// (and to `seen`, the positions by their values' hash) if it is new.
fn combo_position<'a>(
    seen: &mut Seen,
    combos: &mut Vec<&'a [Option<Value>]>,
    values: &'a [Option<Value>],
) -> usize {
    let hash = values_hash(values);
    if let Some(position) = seen.find(hash, &|c| combos[c] == values) {
        return position;
    }
    seen.insert(hash, combos.len());
    combos.push(values);
    combos.len() - 1
}

/// Column `index`'s values, one for each combination of values in
/// `combos`, and its typed accessor.
fn column_accessor(
    cx: &Cx,
    index: usize,
    column: &ColumnModel,
    combos: &[&[Option<Value>]],
) -> TokenStream {
    let ty = match column.ty {
        ColumnType::Int(int) => TokenTree::Ident(ident(int.name)).into(),
        ColumnType::Bool => TokenTree::Ident(ident("bool")).into(),
        ColumnType::Str => fill("str_ty", "&'static str", &[]),
    };
    let mut values = data::List::new();
    for combo in combos {
        values.push(cx.option(combo[index].as_ref().map(typed)));
    }
    let name = format!("__COLUMN_{index}");
    let accessor = &column.ident;
    let docs = if column.docs.is_empty() {
        let text = format!(
            " The code's `{accessor}`; `None` for unknown codes{}.",
            if column.optional {
                " and rows that leave it empty"
            } else {
                ""
            }
        );
        template::doc(Literal::string(&text))
    } else {
        fill("docs", "$docs", &[("docs", (&column.docs).into())])
    };
    let option_ty = fill("option_ty", "Option<$ty>", &[("ty", (&ty).into())]);
    cx.add_static(data::array_static(&name, option_ty, values));
    fill(
        "column_accessor",
        r"
        $docs
        #[must_use]
        #[inline]
        pub const fn $ident(self) -> Option<$ty> {
            $array[__COLUMN_ROWS[self.__index()] as usize]
        }
        ",
        &[
            ("docs", docs.into()),
            ("ident", accessor.into()),
            ("ty", ty.into()),
            ("array", ident(&name).into()),
        ],
    )
}

/// The column names and the type-erased `columns()`, which reads the values
/// of the row's combination (one of `combos`).
fn columns_method(cx: &Cx, combos: &[&[Option<Value>]]) -> TokenStream {
    let model = cx.model;
    let krate = &cx.krate;
    let mut names = Vec::new();
    for column in &model.columns {
        comma(&mut names);
        names.push(Literal::string(&column.ident.to_string()).into());
    }
    let names = stream(names);
    let erased_value = Template::new("erased", "$krate::ColumnValue::$variant($value)");
    let mut rows = data::List::new();
    for combo in combos {
        let mut values = Vec::new();
        for value in *combo {
            let value = value.as_ref().map(|v| erased(&erased_value, krate, v));
            push_separated(&mut values, cx.option(value));
        }
        let values = proc_macro2::Group::new(proc_macro2::Delimiter::Bracket, stream(values));
        rows.push(TokenStream::from(TokenTree::Group(values)));
    }
    let holes = [
        ("krate", Hole::from(krate)),
        ("width", model.columns.len().into()),
    ];
    cx.add_static(data::array_static(
        "__COLUMN_VALUES",
        fill(
            "column_values_ty",
            "[Option<$krate::ColumnValue>; $width]",
            &holes,
        ),
        rows,
    ));
    fill(
        "columns_method",
        r"
        const __COLUMN_NAMES: &'static [&'static str] = &[$names];

        /// The code's values of the table's extra columns, by name; every
        /// value is `None` for an unknown code.
        #[must_use]
        #[inline]
        pub const fn columns(self) -> $krate::Columns {
            let combo = __COLUMN_ROWS[self.__index()] as usize;
            $krate::Columns::new(Self::__COLUMN_NAMES, &__COLUMN_VALUES[combo])
        }
        ",
        &[("names", names.into()), ("krate", krate.into())],
    )
}

/// A column's value as a literal of its type.
fn typed(value: &Value) -> TokenStream {
    let mut out = TokenStream::new();
    match value {
        Value::Int(v) => data::Append::append(int_lit(*v), &mut out),
        Value::Bool(v) => out.extend([TokenTree::Ident(ident(if *v { "true" } else { "false" }))]),
        Value::Str(v) => out.extend([TokenTree::Literal(Literal::string(v))]),
    }
    out
}

/// A column's value as a `ColumnValue`.
/// (`erased_value` is the template of one.)
fn erased(erased_value: &Template, krate: &TokenStream, value: &Value) -> TokenStream {
    let variant = match value {
        Value::Int(_) => "Int",
        Value::Bool(_) => "Bool",
        Value::Str(_) => "Str",
    };
    erased_value.fill(&[
        ("krate", krate.into()),
        ("variant", ident(variant).into()),
        ("value", typed(value).into()),
    ])
}

/// `group`, `group_name` and `group_title`.
fn group_accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    // Without groups, `VendorCode` alone has `group_name` and
    // `group_title` (always `None`).
    if model.groups.is_empty() {
        return TokenStream::new();
    }
    let group_enum = &model.group_enum;
    // One constant a group (and one for none), declared in the array's
    // initializer: each row's value is one name.
    let mut consts = Vec::with_capacity(model.groups.len() + 1);
    for g in 0..=model.groups.len() {
        consts.push(ident(&format!("__G{g}")));
    }
    let ty = fill(
        "group_ty",
        "Option<$group_enum>",
        &[("group_enum", group_enum.into())],
    );
    let constant = Template::new("group_const", "const $name: $ty = $value;");
    let some_group = Template::new("some_group", "Some($group_enum::$ident)");
    let group_const = Template::new("group_const_value", "$group_enum::$ident");
    let mut prelude = TokenStream::new();
    for (g, group) in model.groups.iter().enumerate() {
        let value = if group.cfgs.is_empty() {
            let holes = [
                ("group_enum", group_enum.into()),
                ("ident", (&group.ident).into()),
            ];
            some_group.fill(&holes)
        } else {
            let holes = [
                ("group_enum", group_enum.into()),
                ("ident", super::groups::group_const(g).into()),
            ];
            group_const.fill(&holes)
        };
        prelude.extend(constant.fill(&[
            ("name", (&consts[g]).into()),
            ("ty", (&ty).into()),
            ("value", value.into()),
        ]));
    }
    let none = TokenTree::Ident(ident("None"));
    let none_const = &consts[model.groups.len()];
    prelude.extend(constant.fill(&[
        ("name", none_const.into()),
        ("ty", (&ty).into()),
        ("value", none.into()),
    ]));
    let mut rows = data::List::new();
    for row in &model.rows {
        rows.push(consts[row.group.unwrap_or(model.groups.len())].clone());
    }
    rows.push(none_const.clone());
    cx.add_static(data::array_static_using(
        "__GROUPS",
        ty,
        Some(prelude),
        rows,
    ));
    fill(
        "group_accessors",
        r"

        /// The group (section of the vendor's page) of the code. An
        /// unknown code belongs to the group whose declared range holds
        /// it, if any.
        #[must_use]
        #[inline]
        pub const fn group(self) -> Option<$group_enum> {
            match self {
                Self::$catch_all(code) => $group_enum::containing(code),
                _ => __GROUPS[self.__index()],
            }
        }

        /// The name of the code's group, as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_name(self) -> Option<&'static str> {
            match self.group() {
                Some(group) => Some(group.name()),
                None => None,
            }
        }

        /// The title of the code's group (the heading of its section
        /// on the vendor's page), as [`group`](Self::group).
        #[must_use]
        #[inline]
        pub const fn group_title(self) -> Option<&'static str> {
            match self.group() {
                Some(group) => group.title(),
                None => None,
            }
        }
        ",
        &[
            ("group_enum", group_enum.into()),
            ("catch_all", (&model.catch_all).into()),
        ],
    )
}

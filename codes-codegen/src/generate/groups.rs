//! The group enum: the sections of the vendor's page.

use proc_macro2::{Literal, TokenStream, TokenTree};

use crate::model::{GroupModel, GroupRange, Model};
use crate::order;

use super::template::{self, Hole, Template, fill, ident, push_attrs, stream};
use super::{Cx, cfg_pair, data, docs, int_lit};

/// The constant holding a cfg'd group's `Option<Self>`.
pub fn group_const(index: usize) -> proc_macro2::Ident {
    ident(&format!("__GROUP_{index}"))
}

/// The group enum, and its impl and its `Display`.
pub fn group_enum(cx: &Cx) -> (TokenStream, Vec<TokenStream>) {
    let model = cx.model;
    let mut variants = TokenStream::new();
    for group in &model.groups {
        variant(group, &mut variants);
    }
    let doc = format!(
        " The groups of the [`{}`] table: the sections of {}'s page.",
        model.name, model.vendor
    );
    let non_exhaustive = if model.exhaustive {
        TokenStream::new()
    } else {
        fill("non_exhaustive", "#[non_exhaustive]", &[])
    };
    let mut items = accessors(cx);
    items.extend(lookups(cx));
    let group_enum = [("group_enum", Hole::from(&model.group_enum))];
    let def = fill(
        "group_enum",
        r"
        #[doc = $doc]
        $non_exhaustive
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $group_enum {
            $variants
        }
        ",
        &[
            ("doc", doc.as_str().into()),
            ("non_exhaustive", non_exhaustive.into()),
            ("vis", (&model.vis).into()),
            ("group_enum", (&model.group_enum).into()),
            ("variants", variants.into()),
        ],
    );
    let impls = vec![
        fill(
            "group_impl",
            r"
            #[allow(deprecated)]
            impl $group_enum {
                $items
            }
            ",
            &[
                ("group_enum", (&model.group_enum).into()),
                ("items", items.into()),
            ],
        ),
        fill(
            "group_display",
            r"
            impl ::core::fmt::Display for $group_enum {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(match self.title() {
                        Some(title) => title,
                        None => self.name(),
                    })
                }
            }
            ",
            &group_enum,
        ),
    ];
    (def, impls)
}

/// The group's variant, appended to `out`.
fn variant(group: &GroupModel, out: &mut TokenStream) {
    let ident = &group.ident;
    let mut summary = match &group.title {
        Some(title) => format!(" {}", docs::markdown(title)),
        None => format!(" Group `{ident}`"),
    };
    match &group.range {
        Some(GroupRange::Ints(lo, hi)) => summary.push_str(&format!(" (codes {lo} to {hi})")),
        Some(GroupRange::Prefix(prefix)) => summary.push_str(&format!(
            " (codes beginning with `{}`)",
            prefix.replace('`', "'")
        )),
        None => {}
    }
    out.extend(template::doc(Literal::string(&summary)));
    if let Some(docs) = docs::then_docs(&group.docs) {
        out.extend([docs]);
    }
    for attr in &group.cfgs {
        out.extend(attr.tokens().clone());
    }
    for attr in &group.attrs {
        out.extend(attr.tokens().clone());
    }
    out.extend([TokenTree::Ident(ident.clone()), template::punct(',')]);
}

/// A `match self` with one arm a group, each giving `value(group)` (a
/// `dyn`, so that the callers' closures share one compiled `per_group`).
fn per_group(cx: &Cx, value: &dyn Fn(usize, &GroupModel) -> TokenStream) -> TokenStream {
    // `cfgs Self::Group => value,` a group.
    let mut arms = Vec::new();
    for (index, group) in cx.model.groups.iter().enumerate() {
        push_attrs(&mut arms, &group.cfgs);
        template::push_path(&mut arms, ident("Self"), &group.ident);
        template::push_op(&mut arms, "=>");
        arms.extend(value(index, group));
        arms.push(template::punct(','));
    }
    let arms = [("arms", stream(arms).into())];
    fill("per_group", "match self { $arms }", &arms)
}

/// Each group's rows as a run `start..end` of the table's `ALL`, where they
/// are one (an empty group's is empty); `None` where they are not, or where
/// a row stands under a cfg (which moves the positions of `ALL`).
fn runs(model: &Model) -> Vec<Option<(usize, usize)>> {
    let mut runs: Vec<Option<(usize, usize, usize)>> = vec![None; model.groups.len()];
    for (index, row) in model.rows.iter().enumerate() {
        if let Some(run) = row.group.and_then(|g| runs.get_mut(g)) {
            let (start, _, count) = run.unwrap_or((index, index, 0));
            *run = Some((start, index + 1, count + 1));
        }
    }
    let mut cfgs = false;
    for row in &model.rows {
        cfgs |= !row.cfgs.is_empty();
    }
    let mut out = Vec::with_capacity(runs.len());
    for run in runs {
        out.push(match run {
            None => Some((0, 0)),
            Some((start, end, count)) => (!cfgs && end - start == count).then_some((start, end)),
        });
    }
    out
}

fn accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let mut all = Vec::new();
    for group in &model.groups {
        template::comma(&mut all);
        push_attrs(&mut all, &group.cfgs);
        template::push_path(&mut all, ident("Self"), &group.ident);
    }
    // Names and titles in texts (a `match` of string literals compiles to a
    // table of pointers, each relocated at load time).
    // `0usize`, `1usize`, ...: the group's position, in a function of its
    // own: inline in an argument, a `match` of an enum whose every group is
    // cfg'd off would make the rest of the expression unreachable code.
    let position = per_group(cx, &|index, _| {
        TokenTree::from(Literal::usize_suffixed(index)).into()
    });
    let index = fill("position", "self.__position()", &[]);
    let (mut names, mut titles) = (
        data::Strings::new("group_name"),
        data::Strings::new("group_title"),
    );
    for group in &model.groups {
        names.push(&group.ident.to_string());
        titles.push(group.title.as_deref().unwrap_or_default());
    }
    cx.add_static(names.statics());
    cx.add_static(titles.statics());
    let title = titles.get(&index);
    // An untitled group's title is the empty string (a title is never
    // empty: validate refuses one).
    let titles = if model.groups.iter().all(|g| g.title.is_some()) {
        fill("title", "Some($title)", &[("title", title.into())])
    } else {
        let text = "{ let title = $title; if title.is_empty() { None } else { Some(title) } }";
        fill("maybe_title", text, &[("title", title.into())])
    };
    let class = |class: Option<codes_core::Class>| cx.option(class.map(|c| cx.class(c)));
    fill(
        "group_accessors",
        r"
        /// Every group, in the order the table declares them.
        pub const ALL: &'static [Self] = &[$all];

        /// The group's position among the table's declared groups.
        #[inline]
        const fn __position(self) -> usize {
            $position
        }

        /// The group's name, as the table declares it.
        #[must_use]
        pub const fn name(self) -> &'static str {
            $group_name
        }

        /// The group's title: the heading of its section on the vendor's
        /// page.
        #[must_use]
        pub const fn title(self) -> Option<&'static str> {
            $titles
        }

        $range

        /// The class of the group's rows, where the group gives one.
        #[must_use]
        pub const fn default_class(self) -> Option<$krate::Class> {
            $classes
        }

        /// The class of the codes in the group's range that the table does
        /// not list, where the group declares one.
        #[must_use]
        pub const fn unlisted_class(self) -> Option<$krate::Class> {
            $unlisted
        }

        $codes
        ",
        &[
            ("all", stream(all).into()),
            ("position", position.into()),
            ("group_name", names.get(&index).into()),
            ("titles", titles.into()),
            ("range", range_accessor(cx).into()),
            ("krate", (&cx.krate).into()),
            ("classes", per_group(cx, &|_, g| class(g.class)).into()),
            ("unlisted", per_group(cx, &|_, g| class(g.unlisted)).into()),
            ("codes", codes_accessor(cx).into()),
        ],
    )
}

/// The group's rows, `codes()`: a run of the table's rows where the group's
/// rows are one (`__run`), else a list of its own.
fn codes_accessor(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let runs = runs(model);
    let run = Template::new("run", "Self::__run($start, $end)");
    let members = per_group(cx, &|index, _| match runs[index] {
        Some((start, end)) => run.fill(&[("start", start.into()), ("end", end.into())]),
        None => {
            // `cfgs Name::Variant` a row.
            let mut members = Vec::new();
            for row in &model.rows {
                if row.group != Some(index) {
                    continue;
                }
                template::comma(&mut members);
                push_attrs(&mut members, &row.cfgs);
                template::push_path(&mut members, model.name.clone(), &row.variant);
            }
            let members = [("members", stream(members).into())];
            fill("members", "&[$members]", &members)
        }
    });
    fill(
        "codes_accessor",
        r"
        /// The rows `start..end` of the table, in code order.
        const fn __run(start: usize, end: usize) -> &'static [$static_ty] {
            match <$static_ty>::ALL.split_at_checked(end) {
                Some((head, _)) => match head.split_at_checked(start) {
                    Some((_, run)) => run,
                    None => &[],
                },
                None => &[],
            }
        }

        /// The codes the table lists in the group, in code order.
        #[must_use]
        pub const fn codes(self) -> &'static [$static_ty] {
            $members
        }
        ",
        &[
            ("static_ty", (&cx.static_ty).into()),
            ("members", members.into()),
        ],
    )
}

/// `range` (the codes a group reserves), or `prefix` in a string-keyed
/// table.
fn range_accessor(cx: &Cx) -> TokenStream {
    if cx.strings() {
        let prefixes = per_group(cx, &|_, g| {
            cx.option(match &g.range {
                Some(GroupRange::Prefix(prefix)) => {
                    Some(TokenTree::from(Literal::string(prefix)).into())
                }
                _ => None,
            })
        });
        return fill(
            "prefix",
            r"
            /// The prefix of the codes the group reserves, where the table
            /// declares one.
            #[must_use]
            pub const fn prefix(self) -> Option<&'static str> {
                $prefixes
            }
            ",
            &[("prefixes", prefixes.into())],
        );
    }
    let range = Template::new("range", "::core::ops::RangeInclusive::new($lo, $hi)");
    let ranges = per_group(cx, &|_, g| {
        cx.option(match &g.range {
            Some(GroupRange::Ints(lo, hi)) => {
                Some(range.fill(&[("lo", int_lit(*lo).into()), ("hi", int_lit(*hi).into())]))
            }
            _ => None,
        })
    });
    fill(
        "range",
        r"
        /// The codes the group reserves, where the table declares a range.
        #[must_use]
        pub const fn range(self) -> Option<::core::ops::RangeInclusive<$int>> {
            $ranges
        }
        ",
        &[("int", (&cx.int).into()), ("ranges", ranges.into())],
    )
}

/// The conditions that `code` lies in a range: templates read once for
/// every group.
struct Holds<'t> {
    ints: Template<'t>,
    prefix: Template<'t>,
}

impl Holds<'_> {
    fn new() -> Self {
        Holds {
            ints: Template::new("holds", "$lo <= code && code <= $hi"),
            prefix: Template::new("holds_prefix", "__p::starts_with(code, $prefix)"),
        }
    }

    /// The condition that `code` lies in `range`.
    fn of(&self, range: &GroupRange) -> TokenStream {
        match range {
            GroupRange::Ints(lo, hi) => self
                .ints
                .fill(&[("lo", int_lit(*lo).into()), ("hi", int_lit(*hi).into())]),
            GroupRange::Prefix(prefix) => self.prefix.fill(&[("prefix", prefix.as_str().into())]),
        }
    }
}

/// `containing`, `__unlisted`, and the constants of cfg'd groups.
fn lookups(cx: &Cx) -> TokenStream {
    let model = cx.model;
    // Innermost range first: nested sections claim their codes.
    let mut ranged: Vec<(&GroupModel, &GroupRange)> = Vec::new();
    for g in &model.groups {
        if let Some(range) = &g.range {
            ranged.push((g, range));
        }
    }
    let order = order::sorted(ranged.len(), &|a, b| {
        ranged[a].1.size().cmp(&ranged[b].1.size())
    });
    let check = Template::new("check", "$cfgs if $holds { return Some($value); }");
    let holds = Holds::new();
    let (mut containing, mut unlisted) = (TokenStream::new(), TokenStream::new());
    for i in order {
        let (g, range) = ranged[i];
        let mut value = Vec::new();
        template::push_path(&mut value, ident("Self"), &g.ident);
        let (holds, cfgs) = (holds.of(range), Hole::from(&g.cfgs));
        if let Some(class) = g.unlisted {
            let (cfgs, holds) = (Hole::from(&g.cfgs), Hole::from(&holds));
            let holes = [
                ("cfgs", cfgs),
                ("holds", holds),
                ("value", cx.class(class).into()),
            ];
            unlisted.extend(check.fill(&holes));
        }
        containing.extend(check.fill(&[
            ("cfgs", cfgs),
            ("holds", holds.into()),
            ("value", stream(value).into()),
        ]));
    }
    let mut cfg_consts = TokenStream::new();
    for (index, g) in model.groups.iter().enumerate() {
        if g.cfgs.is_empty() {
            continue;
        }
        let (on, off) = cfg_pair(&g.cfgs);
        cfg_consts.extend(fill(
            "group_cfg_const",
            r"
            $on
            const $name: Option<Self> = Some(Self::$ident);
            $off
            const $name: Option<Self> = None;
            ",
            &[
                ("on", on.into()),
                ("off", off.into()),
                ("name", group_const(index).into()),
                ("ident", (&g.ident).into()),
            ],
        ));
    }
    let (int, krate) = (cx.sought(), &cx.krate);
    if model.groups.iter().any(|g| g.unlisted.is_some()) {
        cfg_consts.extend(fill(
            "unlisted",
            r"
            /// The class the innermost group declaring one gives the
            /// unlisted `code` in its range.
            #[doc(hidden)]
            #[must_use]
            pub const fn __unlisted(code: $int) -> Option<$krate::Class> {
                $unlisted
                let _ = code;
                None
            }
            ",
            &[
                ("int", (&int).into()),
                ("krate", krate.into()),
                ("unlisted", unlisted.into()),
            ],
        ));
    }
    cfg_consts.extend(fill(
        "containing",
        r"
        /// The group whose declared range holds `code`, if any: the
        /// innermost, where ranges nest.
        #[must_use]
        pub const fn containing(code: $int) -> Option<Self> {
            $containing
            let _ = code;
            None
        }
        ",
        &[("int", int.into()), ("containing", containing.into())],
    ));
    cfg_consts
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn model(table: TokenStream) -> Model {
        let (model, error) = crate::validate::validate(crate::ast::parse(table).unwrap());
        assert!(error.is_none(), "{:?}", error.map(|e| e.to_string()));
        model.unwrap()
    }

    #[test]
    fn a_group_in_one_run_of_rows_is_that_run_of_all() {
        let runs = runs(&model(quote! {
            #[codes(vendor = "Acme")]
            enum A: u16 => success {
                group First { 1 ONE, 2 TWO }
                group Last { 3 THREE }
            }
        }));
        assert_eq!(runs, [Some((0, 2)), Some((2, 3))]);
    }

    #[test]
    fn interleaved_or_cfgd_rows_are_listed() {
        // Rows are in code order: the groups' rows alternate.
        let interleaved = runs(&model(quote! {
            #[codes(vendor = "Acme")]
            enum A: u16 => success {
                group Odd { 1 ONE, 3 THREE }
                group Even { 2 TWO }
            }
        }));
        assert_eq!(interleaved, [None, Some((1, 2))]);
        let cfgd = runs(&model(quote! {
            #[codes(vendor = "Acme")]
            enum A: u16 => success {
                group First { #[cfg(any())] 1 ONE, 2 TWO }
            }
        }));
        assert_eq!(cfgd, [None]);
    }
}

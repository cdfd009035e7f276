//! The group enum: the sections of the vendor's page.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{GroupModel, GroupRange, Model};
use crate::order;

use super::{Cx, cfg_pair, data, docs, int_lit};

/// The constant holding a cfg'd group's `Option<Self>`.
pub fn group_const(index: usize) -> proc_macro2::Ident {
    format_ident!("__GROUP_{}", index)
}

/// The group enum, and its impl and its `Display`.
pub fn group_enum(cx: &Cx) -> (TokenStream, Vec<TokenStream>) {
    let model = cx.model;
    let (name, vis, group_enum) = (&model.name, &model.vis, &model.group_enum);
    let variants = model.groups.iter().map(variant);
    let doc = format!(
        " The groups of the [`{name}`] table: the sections of {}'s page.",
        model.vendor
    );
    let non_exhaustive = if model.exhaustive {
        quote!()
    } else {
        quote!(#[non_exhaustive])
    };
    let accessors = accessors(cx);
    let lookups = lookups(cx);
    let def = quote! {
        #[doc = #doc]
        #non_exhaustive
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #vis enum #group_enum {
            #(#variants)*
        }
    };
    let impls = vec![
        quote! {
            #[allow(deprecated)]
            impl #group_enum {
                #accessors
                #lookups
            }
        },
        quote! {
            impl ::core::fmt::Display for #group_enum {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(match self.title() {
                        Some(title) => title,
                        None => self.name(),
                    })
                }
            }
        },
    ];
    (def, impls)
}

fn variant(group: &GroupModel) -> TokenStream {
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
    let (attrs, cfgs) = (&group.attrs, &group.cfgs);
    let user_docs = docs::then_docs(&group.docs);
    quote! {
        #[doc = #summary]
        #user_docs
        #(#cfgs)*
        #(#attrs)*
        #ident,
    }
}

/// A `match self` with one arm a group, each giving `value(group)`.
fn per_group(cx: &Cx, value: impl Fn(usize, &GroupModel) -> TokenStream) -> TokenStream {
    let arms = cx.model.groups.iter().enumerate().map(|(index, group)| {
        let (cfgs, ident, value) = (&group.cfgs, &group.ident, value(index, group));
        quote!(#(#cfgs)* Self::#ident => #value,)
    });
    quote! {
        match self {
            #(#arms)*
        }
    }
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
    let cfgs = model.rows.iter().any(|row| !row.cfgs.is_empty());
    runs.into_iter()
        .map(|run| match run {
            None => Some((0, 0)),
            Some((start, end, count)) => (!cfgs && end - start == count).then_some((start, end)),
        })
        .collect()
}

fn accessors(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let krate = &cx.krate;
    let all = model.groups.iter().map(|g| {
        let (cfgs, ident) = (&g.cfgs, &g.ident);
        quote!(#(#cfgs)* Self::#ident)
    });
    // Names and titles in texts (a `match` of string literals compiles to a
    // table of pointers, each relocated at load time).
    // `0usize`, `1usize`, ...: the group's position, in a function of its
    // own: inline in an argument, a `match` of an enum whose every group is
    // cfg'd off would make the rest of the expression unreachable code.
    let position = per_group(cx, |index, _| quote!(#index));
    let index = quote!(self.__position());
    let names: Vec<String> = model.groups.iter().map(|g| g.ident.to_string()).collect();
    let names = data::Strings::new("group_name", names.iter().map(String::as_str));
    cx.add_static(names.statics());
    let group_name = names.get(&index);
    let titles = model
        .groups
        .iter()
        .map(|g| g.title.as_deref().unwrap_or_default());
    let titles = data::Strings::new("group_title", titles);
    cx.add_static(titles.statics());
    let title = titles.get(&index);
    let titles = if model.groups.iter().all(|g| g.title.is_some()) {
        quote!(Some(#title))
    } else {
        // An untitled group's title is the empty string (a title is never
        // empty: validate refuses one).
        quote!({
            let title = #title;
            if title.is_empty() { None } else { Some(title) }
        })
    };
    let range = range_accessor(cx);
    let classes = per_group(cx, |_, g| cx.option(g.class.map(|c| cx.class(c))));
    let unlisted = per_group(cx, |_, g| cx.option(g.unlisted.map(|c| cx.class(c))));
    let codes = codes_accessor(cx);
    quote! {
        /// Every group, in the order the table declares them.
        pub const ALL: &'static [Self] = &[#(#all),*];


        /// The group's position among the table's declared groups.
        #[inline]
        const fn __position(self) -> usize {
            #position
        }

        /// The group's name, as the table declares it.
        #[must_use]
        pub const fn name(self) -> &'static str {
            #group_name
        }

        /// The group's title: the heading of its section on the vendor's
        /// page.
        #[must_use]
        pub const fn title(self) -> Option<&'static str> {
            #titles
        }

        #range

        /// The class of the group's rows, where the group gives one.
        #[must_use]
        pub const fn default_class(self) -> Option<#krate::Class> {
            #classes
        }

        /// The class of the codes in the group's range that the table does
        /// not list, where the group declares one.
        #[must_use]
        pub const fn unlisted_class(self) -> Option<#krate::Class> {
            #unlisted
        }

        #codes
    }
}

/// The group's rows, `codes()`: a run of the table's rows where the group's
/// rows are one (`__run`), else a list of its own.
fn codes_accessor(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (name, static_ty) = (&model.name, &cx.static_ty);
    let runs = runs(model);
    let members = per_group(cx, |index, _| match runs[index] {
        Some((start, end)) => quote!(Self::__run(#start, #end)),
        None => {
            let members = model
                .rows
                .iter()
                .filter(|row| row.group == Some(index))
                .map(|row| {
                    let (cfgs, variant) = (&row.cfgs, &row.variant);
                    quote!(#(#cfgs)* #name::#variant)
                });
            quote!(&[#(#members),*])
        }
    });
    quote! {
        /// The rows `start..end` of the table, in code order.
        const fn __run(start: usize, end: usize) -> &'static [#static_ty] {
            match <#static_ty>::ALL.split_at_checked(end) {
                Some((head, _)) => match head.split_at_checked(start) {
                    Some((_, run)) => run,
                    None => &[],
                },
                None => &[],
            }
        }

        /// The codes the table lists in the group, in code order.
        #[must_use]
        pub const fn codes(self) -> &'static [#static_ty] {
            #members
        }
    }
}

/// `range` (the codes a group reserves), or `prefix` in a string-keyed
/// table.
fn range_accessor(cx: &Cx) -> TokenStream {
    if cx.strings() {
        let prefixes = per_group(cx, |_, g| {
            cx.option(match &g.range {
                Some(GroupRange::Prefix(prefix)) => Some(quote!(#prefix)),
                _ => None,
            })
        });
        return quote! {
            /// The prefix of the codes the group reserves, where the table
            /// declares one.
            #[must_use]
            pub const fn prefix(self) -> Option<&'static str> {
                #prefixes
            }
        };
    }
    let int = &cx.int;
    let ranges = per_group(cx, |_, g| {
        cx.option(match &g.range {
            Some(GroupRange::Ints(lo, hi)) => {
                let (lo, hi) = (int_lit(*lo), int_lit(*hi));
                Some(quote!(::core::ops::RangeInclusive::new(#lo, #hi)))
            }
            _ => None,
        })
    });
    quote! {
        /// The codes the group reserves, where the table declares a range.
        #[must_use]
        pub const fn range(self) -> Option<::core::ops::RangeInclusive<#int>> {
            #ranges
        }
    }
}

/// The condition that `code` lies in `range`.
fn holds(range: &GroupRange) -> TokenStream {
    match range {
        GroupRange::Ints(lo, hi) => {
            let (lo, hi) = (int_lit(*lo), int_lit(*hi));
            quote!(#lo <= code && code <= #hi)
        }
        GroupRange::Prefix(prefix) => {
            quote!(__p::starts_with(code, #prefix))
        }
    }
}

/// `containing`, `__unlisted`, and the constants of cfg'd groups.
fn lookups(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let krate = &cx.krate;
    let int = cx.sought();
    // Innermost range first: nested sections claim their codes.
    let ranged: Vec<(&GroupModel, &GroupRange)> = model
        .groups
        .iter()
        .filter_map(|g| Some((g, g.range.as_ref()?)))
        .collect();
    let order = order::sorted(ranged.len(), &|a, b| {
        ranged[a].1.size().cmp(&ranged[b].1.size())
    });
    let ranged: Vec<_> = order.iter().map(|&i| ranged[i]).collect();
    let containing = ranged.iter().map(|(g, range)| {
        let (holds, cfgs, ident) = (holds(range), &g.cfgs, &g.ident);
        quote!(#(#cfgs)* if #holds { return Some(Self::#ident); })
    });
    let unlisted = ranged.iter().filter_map(|(g, range)| {
        let class = cx.class(g.unlisted?);
        let (holds, cfgs) = (holds(range), &g.cfgs);
        Some(quote!(#(#cfgs)* if #holds { return Some(#class); }))
    });
    let cfg_consts = model
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.cfgs.is_empty())
        .map(|(index, g)| {
            let (on, off) = cfg_pair(&g.cfgs);
            let (name, ident) = (group_const(index), &g.ident);
            quote! {
                #on
                const #name: Option<Self> = Some(Self::#ident);
                #off
                const #name: Option<Self> = None;
            }
        });
    let unlisted = if model.groups.iter().any(|g| g.unlisted.is_some()) {
        quote! {
            /// The class the innermost group declaring one gives the
            /// unlisted `code` in its range.
            #[doc(hidden)]
            #[must_use]
            pub const fn __unlisted(code: #int) -> Option<#krate::Class> {
                #(#unlisted)*
                let _ = code;
                None
            }
        }
    } else {
        quote!()
    };
    quote! {
        #(#cfg_consts)*
        #unlisted

        /// The group whose declared range holds `code`, if any: the
        /// innermost, where ranges nest.
        #[must_use]
        pub const fn containing(code: #int) -> Option<Self> {
            #(#containing)*
            let _ = code;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

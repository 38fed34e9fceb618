//! How the checker matched each application's arguments to the parameters of its
//! function's type (and which arguments lose their optional parameters), kept for the
//! lowering: labels commute and optional parameters are
//! defaulted according to the type, which the lowering cannot see when the function is not
//! known by name (a parameter, a record field, a list element...).

use std::collections::HashMap;
use std::rc::Rc;

use crate::span::Span;

/// What an application gives one parameter of its function, in parameter order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamFill {
    /// The argument at this index; `some` when `~x:v` goes to an optional parameter.
    Arg { index: usize, some: bool },
    /// An optional parameter left out before a given positional argument: `None`.
    Default,
    /// A parameter left for a later application.
    Missing,
}

/// What the lowering needs from the checker about the program's applications.
#[derive(Debug, Clone, Default)]
pub struct ArgPlans {
    /// The plans of applications, by the application's span; only those the lowering could
    /// get wrong on its own (see [`is_plain`]) are kept.
    pub applications: HashMap<Span, Rc<[ParamFill]>>,
    /// Arguments passed where a function without optional parameters is expected, by their
    /// span: how many leading optional parameters of theirs OCaml applies to `None`.
    pub erased: HashMap<Span, usize>,
}

/// Whether a plan gives the arguments in order and then leaves the remaining parameters
/// missing: what an application means without any help from types.
pub fn is_plain(plan: &[ParamFill]) -> bool {
    let given = plan.iter().take_while(|f| matches!(f, ParamFill::Arg { .. })).count();
    plan.iter().enumerate().all(|(i, f)| match f {
        ParamFill::Arg { index, some } => *index == i && !some,
        ParamFill::Default => false,
        ParamFill::Missing => i >= given,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_plans_are_in_order() {
        let arg = |index| ParamFill::Arg { index, some: false };
        assert!(is_plain(&[arg(0), arg(1), ParamFill::Missing]));
        assert!(!is_plain(&[arg(1), arg(0)]));
        assert!(!is_plain(&[ParamFill::Missing, arg(0)]));
        assert!(!is_plain(&[ParamFill::Default, arg(0)]));
        assert!(!is_plain(&[ParamFill::Arg { index: 0, some: true }]));
    }
}

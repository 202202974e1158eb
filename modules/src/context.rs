//! The one context every DR component takes, and the scopes components build under.
//!
//! A [`DrContext`] owns what every component of an active-passive stack needs: the stack,
//! its primary/DR [`RegionPair`], the [`Naming`] policy of its environment suffix, and the
//! account lookups. Creating it installs the stack policy as a synth-time validation, so a
//! stack built through it cannot be synthesized with a policy violation — there is no
//! check to forget and no suffix to pass twice.
//!
//! Components follow the shape of AWS CDK constructs and Pulumi components:
//! `Component::new(&scope, "id", &Props { .. })`. The caller chooses the [`DrScope`] and
//! the id; the component builds its children under `<scope path>/<id>/<primary|dr>/…`, so
//! logical ids come from the caller's tree, components can be nested in the caller's own
//! constructs, and the same component can be used twice with different ids.

use std::cell::OnceCell;
use std::rc::Rc;

use tfdr_dsl::{Error, Region, RegionPair, RegionScope, Scope, Stack, TypedSpec};

use crate::account::RegionalAccount;
use crate::policy::{self, dr_tags, EnvironmentSuffix, Naming};

/// One side of an active-passive pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// The primary (active) region, provider alias `primary`.
    Primary,
    /// The DR (passive) region, provider alias `dr`.
    Dr,
}

impl Side {
    /// Both sides, primary first (the order every per-region result uses).
    pub const BOTH: [Side; 2] = [Side::Primary, Side::Dr];

    /// The provider alias and construct id of the side: `primary` or `dr`.
    pub fn alias(self) -> &'static str {
        match self {
            Side::Primary => "primary",
            Side::Dr => "dr",
        }
    }

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Primary => Side::Dr,
            Side::Dr => Side::Primary,
        }
    }
}

/// A value per region of the pair: the one shape every per-region result of every
/// component has (keys, networks, buckets, account lookups).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PerRegion<T> {
    /// The primary region's value.
    pub primary: T,
    /// The DR region's value.
    pub dr: T,
}

impl<T> PerRegion<T> {
    /// Builds both values with `f`, primary first.
    pub fn from_fn(mut f: impl FnMut(Side) -> T) -> Self {
        let primary = f(Side::Primary);
        let dr = f(Side::Dr);
        PerRegion { primary, dr }
    }

    /// The value of `side`.
    pub fn get(&self, side: Side) -> &T {
        match side {
            Side::Primary => &self.primary,
            Side::Dr => &self.dr,
        }
    }

    /// Both values transformed by `f`, which also learns the side.
    pub fn map<U>(&self, mut f: impl FnMut(Side, &T) -> U) -> PerRegion<U> {
        PerRegion {
            primary: f(Side::Primary, &self.primary),
            dr: f(Side::Dr, &self.dr),
        }
    }

    /// `(side, value)` for both sides, primary first.
    pub fn iter(&self) -> impl Iterator<Item = (Side, &T)> {
        [(Side::Primary, &self.primary), (Side::Dr, &self.dr)].into_iter()
    }
}

struct Inner {
    stack: Stack,
    pair: RegionPair,
    names: Naming,
    accounts: OnceCell<PerRegion<RegionalAccount>>,
}

/// What every DR component needs, in one value: the stack, the region pair, the naming
/// policy and the account lookups. Cheap to clone (shared).
///
/// Guarantees: both providers carry the DR tags as `default_tags`, and the stack policy
/// (names, tags, destroyability; [`policy::check()`]) runs when the stack is synthesized.
#[derive(Clone)]
pub struct DrContext(Rc<Inner>);

impl std::fmt::Debug for DrContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DrContext")
            .field("stack", &self.0.stack.name())
            .field("primary", &self.0.pair.primary.aws_region())
            .field("dr", &self.0.pair.dr.aws_region())
            .field("suffix", &self.0.names.suffix().as_str())
            .finish()
    }
}

impl DrContext {
    /// Sets `stack` up for an active-passive DR deployment: providers `aws.primary` in
    /// `primary` and `aws.dr` in `dr` with the DR tags as default tags, names with
    /// `suffix`, and the stack policy installed as a synth-time validation.
    ///
    /// # Errors
    /// The regions are the same, or the stack already has `primary`/`dr` providers.
    pub fn new(
        stack: &Stack,
        primary: Region,
        dr: Region,
        suffix: EnvironmentSuffix,
    ) -> Result<Self, Error> {
        let pair = stack
            .region_pair(primary, dr)?
            .with_default_tags(&dr_tags());
        policy::install(stack, &suffix);
        Ok(DrContext(Rc::new(Inner {
            stack: stack.clone(),
            pair,
            names: Naming::new(suffix),
            accounts: OnceCell::new(),
        })))
    }

    /// The stack components add to.
    pub fn stack(&self) -> &Stack {
        &self.0.stack
    }

    /// The region pair (provider scopes at the stack root).
    pub fn pair(&self) -> &RegionPair {
        &self.0.pair
    }

    /// The AWS region of `side`.
    pub fn region(&self, side: Side) -> Region {
        self.region_scope(side).aws_region()
    }

    /// Both regions.
    pub fn regions(&self) -> PerRegion<Region> {
        PerRegion::from_fn(|side| self.region(side))
    }

    fn region_scope(&self, side: Side) -> &RegionScope {
        match side {
            Side::Primary => &self.0.pair.primary,
            Side::Dr => &self.0.pair.dr,
        }
    }

    /// The naming policy.
    pub fn names(&self) -> &Naming {
        &self.0.names
    }

    /// The name of a `T` resource called `base` in `side`'s region (see [`Naming::of`]).
    /// Never fails: a name that breaks its rule is recorded on the stack and reported by
    /// synth with every other problem, and the unchecked name is returned so construction
    /// goes on.
    pub fn name<T: TypedSpec>(&self, base: &str, side: Side) -> String {
        match self.0.names.of::<T>(base, self.region(side)) {
            Ok(name) => name,
            Err(e) => {
                self.0.stack.record_error(e);
                self.0.names.unchecked::<T>(base, self.region(side))
            }
        }
    }

    /// The account id and partition of each region's provider, looked up once per stack
    /// (data sources under `account/<primary|dr>/`) on first use.
    pub fn accounts(&self) -> &PerRegion<RegionalAccount> {
        self.0.accounts.get_or_init(|| {
            let scope = self.root().child("account");
            PerRegion::from_fn(|side| RegionalAccount::new(&scope.region(side)))
        })
    }

    /// The root scope: components added here get paths `<id>/<primary|dr>/…`.
    pub fn root(&self) -> DrScope {
        DrScope {
            ctx: self.clone(),
            path: Vec::new(),
        }
    }
}

/// A place in a DR stack's construct tree: the parent a component is built under.
/// [`DrScope::child`] nests; [`DrScope::region`] gives the provider-bound scope of one
/// side at this path (`<path>/<primary|dr>`).
#[derive(Debug, Clone)]
pub struct DrScope {
    ctx: DrContext,
    path: Vec<String>,
}

impl DrScope {
    /// The context of the stack.
    pub fn ctx(&self) -> &DrContext {
        &self.ctx
    }

    /// The construct path below the stack.
    pub fn path(&self) -> &[String] {
        &self.path
    }

    /// A child one level deeper (a component's own scope, or a grouping of the caller's).
    pub fn child(&self, id: &str) -> DrScope {
        let mut path = self.path.clone();
        path.push(id.to_string());
        DrScope {
            ctx: self.ctx.clone(),
            path,
        }
    }

    /// The scope of `side` at this path: `<path>/<primary|dr>`, bound to that side's
    /// provider, so everything added through it deploys into that region.
    pub fn region(&self, side: Side) -> Scope {
        let base: &Scope = self.ctx.region_scope(side);
        self.path
            .iter()
            .fold(base.clone(), |s, id| s.child(id))
            .child(side.alias())
    }

    /// [`DrScope::region`] of both sides.
    pub fn regions(&self) -> PerRegion<Scope> {
        PerRegion::from_fn(|side| self.region(side))
    }
}

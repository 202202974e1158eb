//! The one context every DR component takes, and the scopes components build under.
//!
//! A [`DrContext`] owns what every component of an active-passive stack needs: the stack,
//! its primary/DR [`RegionPair`], the [`Naming`] policy of its environment suffix, its
//! [`TagPolicy`] (each region's tags), and the account lookups. Creating it installs the stack policy as a synth-time validation, so a
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
use crate::policy::{self, EnvironmentSuffix, Naming, TagPolicy, TagSet};

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
    tags: TagPolicy,
    accounts: OnceCell<PerRegion<RegionalAccount>>,
}

/// What every DR component needs, in one value: the stack, the region pair, the naming
/// policy, the tag policy and the account lookups. Cheap to clone (shared).
///
/// Guarantees: each provider carries its region's set of the [`TagPolicy`] as
/// `default_tags` ([`TagPolicy::dr`] unless the stack chose its own with
/// [`DrContext::with_tags`]), and the stack policy (names, each region's tags,
/// destroyability; [`policy::check()`]) runs when the stack is synthesized.
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
    /// `primary` and `aws.dr` in `dr` with the DR tags ([`TagPolicy::dr`]) as default
    /// tags, names with `suffix`, and the stack policy installed as a synth-time
    /// validation. [`DrContext::with_tags`] with [`TagPolicy::dr`].
    ///
    /// # Errors
    /// The regions are the same, or the stack already has `primary`/`dr` providers.
    pub fn new(
        stack: &Stack,
        primary: Region,
        dr: Region,
        suffix: EnvironmentSuffix,
    ) -> Result<Self, Error> {
        DrContext::with_tags(stack, primary, dr, suffix, TagPolicy::dr())
    }

    /// [`DrContext::new`] for a stack with its own tag policy: each provider gets its
    /// region's set of `tags` as `default_tags` (a region outside the pair, added later
    /// by [`DrContext::region_scope_for`], gets [`TagPolicy::other`]), components tag what
    /// `default_tags` does not reach from [`DrContext::tags`], and the installed stack
    /// policy checks every taggable resource against its own region's set.
    ///
    /// # Errors
    /// The regions are the same, or the stack already has `primary`/`dr` providers.
    pub fn with_tags(
        stack: &Stack,
        primary: Region,
        dr: Region,
        suffix: EnvironmentSuffix,
        tags: TagPolicy,
    ) -> Result<Self, Error> {
        let pair = stack.region_pair(primary, dr)?;
        for side in Side::BOTH {
            let set = tags.region(side);
            if !set.is_empty() {
                let scope = match side {
                    Side::Primary => &pair.primary,
                    Side::Dr => &pair.dr,
                };
                scope.set_default_tags(set.as_map());
            }
        }
        policy::install(stack, &suffix, &tags);
        Ok(DrContext(Rc::new(Inner {
            stack: stack.clone(),
            pair,
            names: Naming::new(suffix),
            tags,
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

    /// The tag policy of the stack.
    pub fn tag_policy(&self) -> &TagPolicy {
        &self.0.tags
    }

    /// The tags every taggable resource of `side`'s region carries (its provider's
    /// `default_tags`). A component that tags what `default_tags` does not reach (what an
    /// Auto Scaling group launches) takes them from here, so it follows the stack's
    /// policy for that region.
    pub fn tags(&self, side: Side) -> &TagSet {
        self.0.tags.region(side)
    }

    /// The tags of `region`, which need not be one of the pair's: that side's set for the
    /// pair's regions, [`TagPolicy::other`] for any other (the `default_tags` of its
    /// provider from [`DrContext::region_scope_for`]).
    pub fn tags_in(&self, region: Region) -> &TagSet {
        match self.side_of(region) {
            Some(side) => self.tags(side),
            None => self.0.tags.other(),
        }
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

// ----- regions outside the pair --------------------------------------------------------

/// The provider alias (and construct id) of the extra `aws` configuration tfdr adds for a
/// region outside the pair: the region code, e.g. `us-east-1` (`aws.us-east-1`).
fn extra_alias(region: Region) -> &'static str {
    region.as_str()
}

impl DrContext {
    /// The side whose region is `region`, if it is one of the pair's.
    pub fn side_of(&self, region: Region) -> Option<Side> {
        Side::BOTH.into_iter().find(|s| self.region(*s) == region)
    }

    /// The construct id (and provider alias) of `region` in this stack: `primary` or `dr`
    /// for the pair's regions, the region code (e.g. `us-east-1`) for any other.
    pub fn region_id(&self, region: Region) -> &'static str {
        match self.side_of(region) {
            Some(side) => side.alias(),
            None => extra_alias(region),
        }
    }

    /// A provider-bound scope at the stack root that deploys into `region`, for what AWS
    /// pins to one region whatever the pair is (Route 53 health-check metrics, and so their
    /// alarms, exist only in us-east-1).
    ///
    /// For the pair's regions it is the primary or DR scope. For any other region it is
    /// the scope of an extra aliased `aws` configuration (alias: the region code), added
    /// on first use as a copy of the primary's configuration (so whatever credentials
    /// settings the primary had at that moment) with the region replaced and the
    /// `default_tags` of [`TagPolicy::other`] (the tags both regions share; the stack
    /// policy holds that region's resources to them), and found again on later calls, so
    /// a stack gets at most one configuration per region. Never fails: if the stack already has
    /// the alias for another region, the problem is recorded for synth and the primary
    /// scope is returned so construction goes on.
    pub fn region_scope_for(&self, region: Region) -> Scope {
        if let Some(side) = self.side_of(region) {
            let scope: &Scope = self.region_scope(side);
            return scope.clone();
        }
        let stack = &self.0.stack;
        if let Some(found) = stack.aws_region_scope(region) {
            return (*found).clone();
        }
        match stack.aws_region(extra_alias(region), region) {
            Ok(extra) => {
                let primary = self.0.pair.primary.provider_ref();
                let body = stack
                    .model()
                    .providers
                    .get(primary.index)
                    .map(|p| p.body.clone());
                if let Some(mut body) = body {
                    body.set_attr::<String>("region", region.as_str());
                    body.remove("default_tags");
                    stack.configure_provider(extra.provider_ref(), |b| *b = body);
                }
                let other = self.0.tags.other();
                if !other.is_empty() {
                    extra.set_default_tags(other.as_map());
                }
                (*extra).clone()
            }
            Err(e) => {
                stack.record_error(e);
                let scope: &Scope = self.region_scope(Side::Primary);
                scope.clone()
            }
        }
    }

    /// The name of a `T` resource called `base` in `region`, which need not be one of the
    /// pair's ([`DrContext::name`] for a region by itself). Never fails, like
    /// [`DrContext::name`].
    pub fn name_in<T: TypedSpec>(&self, base: &str, region: Region) -> String {
        match self.0.names.of::<T>(base, region) {
            Ok(name) => name,
            Err(e) => {
                self.0.stack.record_error(e);
                self.0.names.unchecked::<T>(base, region)
            }
        }
    }
}

impl DrScope {
    /// The scope of `region` at this path: `<path>/<primary|dr|region code>` (see
    /// [`DrContext::region_id`]), bound to that region's provider
    /// ([`DrContext::region_scope_for`]); the same as [`DrScope::region`] for the pair's
    /// regions.
    pub fn region_for(&self, region: Region) -> Scope {
        let base = self.ctx.region_scope_for(region);
        self.path
            .iter()
            .fold(base, |s, id| s.child(id))
            .child(self.ctx.region_id(region))
    }
}

#[cfg(test)]
mod region_for_tests {
    use serde_json::json;
    use tfdr_dsl::aws::SnsTopic;

    use super::*;

    fn ctx(primary: Region, dr: Region) -> (Stack, DrContext) {
        let stack = Stack::new("ctx-test");
        let ctx = DrContext::new(&stack, primary, dr, "dev".parse().unwrap()).unwrap();
        (stack, ctx)
    }

    #[test]
    fn a_pair_region_is_its_side() {
        let (stack, ctx) = ctx(Region::UsEast1, Region::UsWest2);
        assert_eq!(ctx.side_of(Region::UsWest2), Some(Side::Dr));
        assert_eq!(ctx.region_id(Region::UsEast1), "primary");
        let s = ctx.root().child("alerts").region_for(Region::UsEast1);
        assert_eq!(s.path(), ["alerts", "primary"]);
        assert_eq!(s.provider(), Some(ctx.pair().primary.provider_ref()));
        assert_eq!(stack.model().providers.len(), 2);
    }

    #[test]
    fn another_region_gets_one_extra_provider_configured_like_the_primary() {
        let (stack, ctx) = ctx(Region::EuCentral1, Region::EuCentral2);
        assert_eq!(ctx.side_of(Region::UsEast1), None);
        let a = ctx.root().child("a").region_for(Region::UsEast1);
        let b = ctx.root().child("b").region_for(Region::UsEast1);
        assert_eq!(a.path(), ["a", "us-east-1"]);
        assert_eq!(a.provider(), b.provider());
        assert_eq!(a.region(), Some(Region::UsEast1));
        a.add(
            "topic",
            SnsTopic::new().name(ctx.name_in::<SnsTopic>("alerts", Region::UsEast1)),
        );
        let s = tfdr_testing::try_synth(&stack).unwrap_or_else(|e| panic!("{e}"));
        let providers = s.providers("aws");
        assert_eq!(providers.len(), 3);
        let extra = &providers[2];
        assert_eq!(extra["alias"], "us-east-1");
        assert_eq!(extra["region"], "us-east-1");
        assert_eq!(extra["default_tags"], providers[0]["default_tags"]);
        let topic = s.resources_of::<SnsTopic>().remove(0);
        assert_eq!(topic.body["provider"], json!("aws.us-east-1"));
    }

    #[test]
    fn an_alias_taken_by_another_region_is_reported_at_synth() {
        let (stack, ctx) = ctx(Region::EuCentral1, Region::EuCentral2);
        stack.aws_region("us-east-1", Region::UsWest1).unwrap();
        let s = ctx.root().region_for(Region::UsEast1);
        // Construction goes on (on the primary's provider); synth names the problem.
        assert_eq!(s.provider(), Some(ctx.pair().primary.provider_ref()));
        let e = tfdr_testing::try_synth(&stack).unwrap_err().to_string();
        assert!(e.contains("us-east-1"), "{e}");
    }
}

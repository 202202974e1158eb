//! [`Objectives`]: what recovery and cost a stack promises. Synth writes them into the
//! stack's `"//".metadata.objectives` (terraform ignores `"//"`), so `tfdr report` can
//! judge a `*.tf.json` file on its own.

/// Recovery and cost objectives of a stack. Every field is optional; an absent one is
/// not judged.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Objectives {
    /// Recovery point objective: the most data, in seconds of writes, a failover may lose.
    pub rpo_seconds: Option<u32>,
    /// Recovery time objective: seconds from the failure to service in the DR Region.
    pub rto_seconds: Option<u32>,
    /// Monthly budget of the stack's infrastructure, whole USD.
    pub monthly_budget_usd: Option<u32>,
}

/// A requirement the stack cannot meet as written, and the design it uses instead. Synth
/// writes every deviation into `"//".metadata.deviations`, and `tfdr report` lists them,
/// so a gap between the requirements and the stack is never silent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    /// The requirement, as the requirements state it.
    pub requirement: String,
    /// What the stack does instead, and why.
    pub design: String,
}

//! A DynamoDB global table (version 2019.11.21): one `aws_dynamodb_table` in the primary
//! region with one `replica` block for the DR region (never `aws_dynamodb_table_replica`,
//! which would make two resources own the same replica).
//!
//! On-demand billing, streams with `NEW_AND_OLD_IMAGES` (global tables replicate through
//! them), point-in-time recovery, server-side encryption with the primary key; the replica
//! has its own region's key (`kms_key_arn`), point-in-time recovery and `propagate_tags`
//! (so the provider's tags, including `default_tags`, reach the replica too).
//!
//! Construct path: `<id>/primary/table`.

use tfdr_dsl::aws::data::iam_policy_document::Statement;
use tfdr_dsl::aws::dynamodb_table::{
    Attribute, PointInTimeRecovery, Replica, ServerSideEncryption,
};
use tfdr_dsl::aws::enums::{BillingMode, IamEffect, ScalarAttributeType, StreamViewType};
use tfdr_dsl::aws::DynamodbTable;
use tfdr_dsl::{interpolate, Error, Expr};

use crate::context::{DrContext, DrScope, Side};
use crate::kms::KmsKeys;

/// A DynamoDB key attribute name: 1–255 characters (the DynamoDB limit for key attributes).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyAttributeName(String);

impl std::str::FromStr for KeyAttributeName {
    type Err = Error;
    /// # Errors
    /// Empty or longer than 255 characters.
    fn from_str(s: &str) -> Result<Self, Error> {
        if s.is_empty() || s.len() > 255 {
            return Err(Error::new(
                "dynamodb key attribute",
                format!("`{s}` must be 1–255 characters (DynamoDB key attribute names)"),
            ));
        }
        Ok(KeyAttributeName(s.to_string()))
    }
}

impl KeyAttributeName {
    /// The attribute name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the table is for.
#[derive(Debug, Clone)]
pub struct GlobalTableProps<'a> {
    /// The base of the table name (named for the primary region; the replica has the same
    /// name).
    pub name: String,
    /// The string partition key.
    pub partition_key: KeyAttributeName,
    /// The table is encrypted with the primary key, its replica with the DR key.
    pub keys: &'a KmsKeys,
}

/// A global table, as references for the rest of the stack.
#[derive(Debug, Clone)]
pub struct GlobalTable {
    /// The table name (the same in every region).
    pub name: String,
    /// ARN of the table in the primary region.
    pub arn: Expr<String>,
    /// ARN of the table's stream in the primary region.
    pub stream_arn: Expr<String>,
}

impl GlobalTable {
    /// The ARN of the table's replica in `side`'s region (a global table has one name in
    /// every region; each replica is its own table there).
    pub fn replica_arn(&self, ctx: &DrContext, side: Side) -> Expr<String> {
        let account = ctx.accounts().get(side);
        interpolate![
            "arn:",
            &account.partition,
            ":dynamodb:",
            ctx.region(side).as_str(),
            ":",
            &account.account_id,
            ":table/",
            self.name.as_str()
        ]
    }

    /// A statement allowing `actions` (e.g. `dynamodb:GetItem`) on `side`'s replica only:
    /// what a regional function needs to use its own region's copy of the table.
    pub fn item_access(&self, ctx: &DrContext, side: Side, actions: &[&str]) -> Statement {
        Statement::new()
            .sid("UseRegionalReplica")
            .effect(IamEffect::Allow)
            .actions(actions.to_vec())
            .resources(vec![self.replica_arn(ctx, side)])
    }

    /// Builds the table under `scope/<id>/primary`, replicated to the DR region.
    pub fn new(scope: &DrScope, id: &str, props: &GlobalTableProps<'_>) -> Self {
        let me = scope.child(id);
        let ctx = me.ctx();
        let name = ctx.name::<DynamodbTable>(&props.name, Side::Primary);
        let key = props.partition_key.as_str();
        let table = me.region(Side::Primary).add(
            "table",
            DynamodbTable::new(name.as_str())
                .billing_mode(BillingMode::PayPerRequest)
                .hash_key(key)
                .attribute(Attribute::new(key, ScalarAttributeType::String))
                .stream_enabled(true)
                .stream_view_type(StreamViewType::NewAndOldImages)
                .deletion_protection_enabled(false)
                .point_in_time_recovery(PointInTimeRecovery::new(true))
                .server_side_encryption(
                    ServerSideEncryption::new(true).kms_key_arn(props.keys.primary.arn.clone()),
                )
                .replica(
                    // The replica lives in the DR region and uses its key.
                    Replica::new(ctx.region(Side::Dr).as_str())
                        .kms_key_arn(props.keys.dr.arn.clone().cross_region())
                        .point_in_time_recovery(true)
                        .propagate_tags(true),
                ),
        );
        GlobalTable {
            name,
            arn: table.arn(),
            stream_arn: table.stream_arn(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tfdr_dsl::aws::{DynamodbTable, KmsKey};

    use super::*;
    use crate::test_support::{fixture, Fixture};

    fn props<'a>(f: &'a Fixture, name: &str, key: &str) -> GlobalTableProps<'a> {
        GlobalTableProps {
            name: name.into(),
            partition_key: key.parse().unwrap(),
            keys: &f.keys,
        }
    }

    #[test]
    fn one_table_in_the_primary_with_one_encrypted_replica_in_dr() {
        let f = fixture();
        let t = GlobalTable::new(&f.root(), "sessions", &props(&f, "sessions", "session_id"));
        assert_eq!(t.name, "sessions-dev");
        f.stack.root().output("stream", t.stream_arn.clone());
        let s = tfdr_testing::synth(&f.stack);
        let key = s
            .resources_of::<KmsKey>()
            .into_iter()
            .find(|k| k.path.as_deref() == Some("data-test/kms/primary/key"))
            .unwrap();
        let dr_key = s
            .resources_of::<KmsKey>()
            .into_iter()
            .find(|k| k.path.as_deref() == Some("data-test/kms/dr/key"))
            .unwrap();
        let table = s.assert_count::<DynamodbTable>(1).remove(0);
        assert_eq!(
            table.path.as_deref(),
            Some("data-test/sessions/primary/table")
        );
        s.assert_has::<DynamodbTable>(&json!({
            "provider": "aws.primary",
            "name": "sessions-dev",
            "billing_mode": "PAY_PER_REQUEST",
            "hash_key": "session_id",
            "attribute": [{"name": "session_id", "type": "S"}],
            "stream_enabled": true,
            "stream_view_type": "NEW_AND_OLD_IMAGES",
            "point_in_time_recovery": {"enabled": true},
            "server_side_encryption": {
                "enabled": true,
                "kms_key_arn": format!("${{{}.arn}}", key.address),
            },
            "replica": [{
                "region_name": "us-east-2",
                "kms_key_arn": format!("${{{}.arn}}", dr_key.address),
                "point_in_time_recovery": true,
                "propagate_tags": true,
            }],
            "deletion_protection_enabled": false,
        }));
        // Exactly one replica block, and replicas only as blocks.
        assert_eq!(table.body["replica"].as_array().map(Vec::len), Some(1));
        assert!(s.resources("aws_dynamodb_table_replica").is_empty());
        assert_eq!(
            s.output_value("stream"),
            Some(&json!(format!("${{{}.stream_arn}}", table.address)))
        );
    }

    #[test]
    fn empty_hash_key_and_bad_name_are_errors() {
        let f = fixture();
        let e = "".parse::<KeyAttributeName>().unwrap_err();
        assert!(e.rule.contains("1–255"), "{e}");
        GlobalTable::new(&f.root(), "sessions", &props(&f, "sessions/x", "id"));
        let e = tfdr_testing::try_synth(&f.stack).unwrap_err().to_string();
        assert!(e.contains("aws_dynamodb_table.name"), "{e}");
    }
}

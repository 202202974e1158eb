//! A DynamoDB global table (version 2019.11.21): one `aws_dynamodb_table` in the primary
//! region with one `replica` block for the DR region (never `aws_dynamodb_table_replica`,
//! which would make two resources own the same replica).
//!
//! On-demand billing, streams with `NEW_AND_OLD_IMAGES` (global tables replicate through
//! them), point-in-time recovery, server-side encryption with the primary key; the replica
//! has its own region's key (`kms_key_arn`), point-in-time recovery and `propagate_tags`
//! (so the provider's tags, including `default_tags`, reach the replica too).
//!
//! Construct path: `primary/dynamodb-<base>/table`.

use tfdr_dsl::aws::dynamodb_table::{
    Attribute, PointInTimeRecovery, Replica, ServerSideEncryption,
};
use tfdr_dsl::aws::enums::{BillingMode, ScalarAttributeType, StreamViewType};
use tfdr_dsl::aws::DynamodbTable;
use tfdr_dsl::{Error, Expr, RegionPair};

use crate::kms::KmsKeys;
use crate::policy::Naming;

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
    /// Builds the table `base` (named by [`Naming`] for the primary region) with a string
    /// partition key `hash_key`, replicated to the DR region.
    ///
    /// # Errors
    /// A name that breaks its rule, or a `hash_key` that is empty or longer than 255
    /// characters (the DynamoDB attribute-name limit for key attributes).
    pub fn new(
        pair: &RegionPair,
        names: &Naming,
        keys: &KmsKeys,
        base: &str,
        hash_key: &str,
    ) -> Result<Self, Error> {
        if hash_key.is_empty() || hash_key.len() > 255 {
            return Err(Error::new(
                "dynamodb.hash_key",
                format!("`{hash_key}` must be 1–255 characters (DynamoDB key attribute names)"),
            ));
        }
        let p = pair.primary.aws_region();
        let name = names.name("aws_dynamodb_table", base, p)?;
        let scope = pair
            .primary
            .child(pair.primary.alias())
            .child(&format!("dynamodb-{base}"));
        let table = scope.add(
            "table",
            DynamodbTable::new(name.as_str())
                .billing_mode(BillingMode::PayPerRequest)
                .hash_key(hash_key)
                .attribute(Attribute::new(hash_key, ScalarAttributeType::String))
                .stream_enabled(true)
                .stream_view_type(StreamViewType::NewAndOldImages)
                .deletion_protection_enabled(false)
                .point_in_time_recovery(PointInTimeRecovery::new(true))
                .server_side_encryption(
                    ServerSideEncryption::new(true).kms_key_arn(keys.primary.arn.clone()),
                )
                .replica(
                    Replica::new(pair.dr.aws_region().as_str())
                        .kms_key_arn(keys.dr.arn.clone())
                        .point_in_time_recovery(true)
                        .propagate_tags(true),
                ),
        );
        Ok(GlobalTable {
            name,
            arn: table.arn(),
            stream_arn: table.stream_arn(),
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::test_support::fixture;

    #[test]
    fn one_table_in_the_primary_with_one_encrypted_replica_in_dr() {
        let f = fixture();
        let t = GlobalTable::new(&f.pair, &f.names, &f.keys, "sessions", "session_id").unwrap();
        assert_eq!(t.name, "sessions-dev");
        f.stack.root().output("stream", t.stream_arn.clone());
        let s = tfdr_testing::synth(&f.stack);
        let key = s
            .resources("aws_kms_key")
            .into_iter()
            .find(|k| k.path.as_deref() == Some("data-test/primary/kms/key"))
            .unwrap();
        let dr_key = s
            .resources("aws_kms_key")
            .into_iter()
            .find(|k| k.path.as_deref() == Some("data-test/dr/kms/key"))
            .unwrap();
        let table = s.assert_resource_count("aws_dynamodb_table", 1).remove(0);
        assert_eq!(
            table.path.as_deref(),
            Some("data-test/primary/dynamodb-sessions/table")
        );
        s.assert_has_resource_with(
            "aws_dynamodb_table",
            &json!({
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
            }),
        );
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
        let e = GlobalTable::new(&f.pair, &f.names, &f.keys, "sessions", "").unwrap_err();
        assert_eq!(e.field, "dynamodb.hash_key");
        let e = GlobalTable::new(&f.pair, &f.names, &f.keys, "sessions/x", "id").unwrap_err();
        assert!(e.field.starts_with("aws_dynamodb_table"), "{e}");
    }
}

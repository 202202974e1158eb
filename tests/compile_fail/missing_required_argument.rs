// `aws_s3_bucket_versioning` requires `bucket` and a `versioning_configuration` block.
use tfdr::aws::S3BucketVersioning;

fn main() {
    let _ = S3BucketVersioning::new("my-bucket");
}

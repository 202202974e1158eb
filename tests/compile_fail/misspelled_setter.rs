// The argument is `bucket`, not `bucket_name`.
use tfdr::aws::S3Bucket;

fn main() {
    let _ = S3Bucket::new().bucket_name("my-bucket");
}

// `force_destroy` is a bool in the schema; a string does not compile.
use tfdr::aws::S3Bucket;

fn main() {
    let _ = S3Bucket::new().force_destroy("yes");
}

// `status` takes `VersioningStatus`: a plain string (here misspelt) does not compile.
use tfdr::aws::s3_bucket_versioning::VersioningConfiguration;

fn main() {
    let _ = VersioningConfiguration::new("enabled");
}

//! The Dream API for mlrun and the `mlrun` command line.
pub mod cli;
pub mod folder;
pub mod host;
pub mod link;
pub mod run;

//! mlrun's runtime: values, the IR compiler and the VM. Built by issue [2/5]; this crate
//! exists now so that the workspace has the owner's layout and dependency arrow.

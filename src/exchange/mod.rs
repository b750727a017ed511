//! Moving maps in and out of other tools and other hands: spreadsheets
//! (CSV), calendars (the plan's due dates), yEd and Gephi (GraphML), copies for sharing outside the coalition, what changed
//! between two versions of a map, and merging two versions. Every
//! exchange is a pure function of the map and the text, used the same way
//! by the command line and the app.

pub mod calendar;
pub mod csv;
pub mod diff;
mod diff_history;
pub mod graphml;
pub mod incoming;
pub mod merge;
pub mod share;
mod strengths;

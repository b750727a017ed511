//! Moving maps in and out of other tools and other hands: spreadsheets
//! (CSV), and copies for sharing outside the coalition. Every
//! exchange is a pure function of the map and the text, used the same way
//! by the command line and the app.

pub mod csv;
pub mod share;

//! Moving maps in and out of other tools: spreadsheets (CSV). Every
//! exchange is a pure function of the map and the text, used the same way
//! by the command line and the app.

pub mod csv;

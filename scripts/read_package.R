# Read the data package in R with the column types declared in datapackage.json.
#
#   source("scripts/read_package.R")
#   tables <- read_package("datapackage.json")
#   tables$observations
#
# or from a shell: Rscript scripts/read_package.R [path/to/datapackage.json]  (prints a summary).
# Needs the readr and jsonlite packages (Debian: r-cran-readr r-cran-jsonlite; else install.packages()).

# Table Schema type -> readr column type. Integers are R integers: the package's integer fields are
# counts and character offsets, far below 2^31 (a larger value would be reported as a parse problem
# and stop read_package, never silently become NA). Dates and other types stay text: the package
# writes them as ISO 8601 partial dates ("2017", "2017-05"), which no R date class holds.
col_type_for <- function(type) {
  switch(type,
    string = readr::col_character(),
    integer = readr::col_integer(),
    number = readr::col_double(),
    boolean = readr::col_logical(),
    readr::col_character()
  )
}

# One resource -> a tibble with the declared types. Stops when the CSV's columns differ from the
# schema's or a value does not parse as its declared type.
read_resource <- function(resource, base_dir) {
  fields <- resource$schema$fields
  names <- vapply(fields, function(f) f$name, character(1))
  types <- lapply(fields, function(f) col_type_for(if (is.null(f$type)) "string" else f$type))
  names(types) <- names
  missing <- resource$schema$missingValues
  if (is.null(missing)) missing <- ""
  path <- file.path(base_dir, resource$path)
  header <- names(readr::read_csv(path, n_max = 0, col_types = readr::cols(.default = readr::col_character()),
                                  locale = readr::locale(encoding = "UTF-8"), progress = FALSE))
  if (!identical(header, names)) {
    stop(sprintf("%s: columns %s differ from the schema's %s", resource$path,
                 paste(header, collapse = ","), paste(names, collapse = ",")))
  }
  table <- readr::read_csv(
    path,
    col_types = do.call(readr::cols, types),
    na = unlist(missing),
    locale = readr::locale(encoding = "UTF-8"),
    trim_ws = FALSE,  # the quoted sentences keep their exact characters
    progress = FALSE,
    lazy = FALSE
  )
  problems <- readr::problems(table)
  if (nrow(problems) > 0) {
    stop(sprintf("%s: %d value(s) do not parse as declared, first at row %d column %d: %s",
                 resource$path, nrow(problems), problems$row[1], problems$col[1], problems$actual[1]))
  }
  attr(table, "problems") <- NULL
  table
}

# datapackage.json -> a named list of tibbles, one per resource, in the descriptor's order.
read_package <- function(descriptor = "datapackage.json") {
  package <- jsonlite::fromJSON(descriptor, simplifyVector = FALSE)
  base_dir <- dirname(descriptor)
  tables <- lapply(package$resources, read_resource, base_dir = base_dir)
  names(tables) <- vapply(package$resources, function(r) r$name, character(1))
  tables
}

if (sys.nframe() == 0L) {
  args <- commandArgs(trailingOnly = TRUE)
  tables <- read_package(if (length(args) > 0) args[[1]] else "datapackage.json")
  for (name in names(tables)) {
    cat(sprintf("%s: %d rows, %d columns\n", name, nrow(tables[[name]]), ncol(tables[[name]])))
  }
}

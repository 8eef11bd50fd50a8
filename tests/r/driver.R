# Test driver for scripts/read_package.R (run by tests/test_r.py):
#   Rscript tests/r/driver.R scripts/read_package.R datapackage.json <observation_id>...
# prints, as JSON, each table's row count, column classes, missing cells per column and the sum
# of each numeric column, and the full rows of the given observations.
args <- commandArgs(trailingOnly = TRUE)
source(args[[1]])
tables <- read_package(args[[2]])
ids <- args[-(1:2)]
summary <- lapply(tables, function(table) {
  numeric <- vapply(table, is.numeric, logical(1))
  list(
    rows = nrow(table),
    classes = lapply(table, function(column) class(column)[[1]]),
    missing = lapply(table, function(column) sum(is.na(column))),
    sums = lapply(table[numeric], function(column) sum(as.numeric(column), na.rm = TRUE))
  )
})
observations <- tables$observations[tables$observations$observation_id %in% ids, ]
cat(jsonlite::toJSON(list(tables = summary, observations = observations),
                     auto_unbox = TRUE, digits = NA, na = "null", null = "null", dataframe = "rows"))

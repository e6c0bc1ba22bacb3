"""One module per API area; each holds async methods and their derived blocking twins."""

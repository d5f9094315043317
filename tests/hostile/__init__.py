"""The hostile corpus (issue 13): attack files made by a script, run through the command line."""

let s = "tab\there\nnewline \\ backslash \"quote\" \'apos\' \b\r\ space"

let x = lenght

let greeting = "Good morning, world!"

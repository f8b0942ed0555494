"""Patient-support assistant: the services behind the Rasa bot, its channels and the console."""

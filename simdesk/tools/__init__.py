"""Developer tools: translations, the application icon, screenshots."""

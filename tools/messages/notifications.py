# Mail texts: key -> (de, en, ja).
M = {
 "mail.welcome.subject": ("Willkommen bei Kakehashi", "Welcome to Kakehashi", "架け橋へようこそ"),
 "mail.welcome.greeting": ("Guten Tag, Ihr Kakehashi-Konto „{0}“ ist eingerichtet.", "Hello, your Kakehashi account \"{0}\" is ready.", "架け橋のアカウント「{0}」が作成されました。"),
 "mail.welcome.body": ("Sie können sich hier anmelden:", "You can sign in here:", "こちらからログインできます："),
 "mail.signature": ("– Kakehashi, die Brücke zwischen Life-Science-Clustern", "– Kakehashi, the bridge between life-science clusters", "– 架け橋 ライフサイエンス・クラスターをつなぐ"),
}

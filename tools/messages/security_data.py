# Security of data (issue 10): import ownership, anonymity, export safety. key -> (de, en, ja).
M = {
 "import.problem.foreign": ("id: gehört zu einer Organisation eines anderen Clusters; nur dessen Clustermanager oder eine Administratorin dürfen sie ändern", "id: belongs to an organisation of another cluster; only that cluster's managers or an administrator may change it", "id：他のクラスターの組織に属しています。変更できるのはそのクラスターのマネージャーまたは管理者のみです"),
 "import.problem.ownCluster": ("cluster: Sie dürfen nur in Ihren eigenen Cluster importieren", "cluster: you may import only into your own cluster", "cluster：インポートできるのは自分のクラスターのみです"),
 "import.problem.unknownCluster": ("cluster: unbekannter Cluster '{0}'", "cluster: unknown cluster '{0}'", "cluster：不明なクラスター「{0}」"),
 "interest.notPartner": ("Ihr Cluster ist kein Partner des Clusters dieses Angebots; Interesse können nur Partnercluster bekunden.", "Your cluster is not a partner of this opportunity's cluster; only partner clusters can express interest.", "あなたのクラスターはこの案件のクラスターの提携先ではありません。関心を表明できるのは提携クラスターのみです。"),
 "interest.notPartner.note": ("Interesse bekunden können nur Mitglieder und Manager der Partnercluster des Anbieters.", "Only members and managers of the owner's partner clusters can express interest.", "関心を表明できるのは、提供者の提携クラスターのメンバーとマネージャーのみです。"),
}

# Security of data (issue 10): import ownership, anonymity, export safety. key -> (de, en, ja).
M = {
 "import.problem.foreign": ("id: gehört zu einer Organisation eines anderen Clusters; nur dessen Clustermanager oder eine Administratorin dürfen sie ändern", "id: belongs to an organisation of another cluster; only that cluster's managers or an administrator may change it", "id：他のクラスターの組織に属しています。変更できるのはそのクラスターのマネージャーまたは管理者のみです"),
 "import.problem.ownCluster": ("cluster: Sie dürfen nur in Ihren eigenen Cluster importieren", "cluster: you may import only into your own cluster", "cluster：インポートできるのは自分のクラスターのみです"),
 "import.problem.unknownCluster": ("cluster: unbekannter Cluster '{0}'", "cluster: unknown cluster '{0}'", "cluster：不明なクラスター「{0}」"),
}

from app.domain.cluster_codes import short_codes


def test_codes_from_the_seed_clusters():
    names = [
        "Burger en samenleving",
        "Stadsontwikkeling",
        "Ondersteunende diensten",
        "Managementteam",
        "Vrije tijd",
        "Burgerzaken en samenleving",
    ]
    assert short_codes(names) == ["BS", "ST", "OD", "MA", "VT", "BS2"]


def test_odd_names_still_get_a_code():
    assert short_codes(["", "en de", "123", "Één"]) == ["?", "?2", "?3", "ÉÉ"]

def parse(client, url, parser_class):
    """GET ``url`` (it must answer 200) and feed its HTML to a new ``parser_class``."""
    response = client.get(url)
    assert response.status_code == 200, url
    parser = parser_class()
    parser.feed(response.content.decode())
    return parser

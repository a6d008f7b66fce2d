# Server A: Starlette on uvicorn (tools/bench/run.sh). Run with the Debian interpreter (/usr/bin/python3);
# python_inprocess.py also calls this app directly.
from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route


async def plaintext(request):
    return PlainTextResponse("Hello, World!")


async def json_endpoint(request):
    return JSONResponse({"message": "Hello, World!"})


async def user(request):
    return JSONResponse({"id": request.path_params["id"]})


async def dummy(request):
    return PlainTextResponse("dummy")


# 20 dummy routes registered before /users/{id:int}, so the router has to walk
# past them (Starlette's router is a linear regex scan).
_dummy_routes = [Route(f"/dummy{i}/{{id:int}}", dummy) for i in range(20)]

routes = [
    Route("/plaintext", plaintext),
    Route("/json", json_endpoint),
    *_dummy_routes,
    Route("/users/{id:int}", user),
]

app = Starlette(routes=routes)

open list

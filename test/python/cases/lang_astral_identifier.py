# A name outside the Basic Multilingual Plane (a surrogate pair in JavaScript) is one valid
# identifier character, as in python3.
𝑥𝑦 = 41
print(𝑥𝑦 + 1, len("𝑥"))

# Seed 000: os.system('hostname') runs through the shell; gethostname and gethostbyname('localhost').
import socket
import os
os.system('hostname')
hostname = socket.gethostname()
print("主机名:", hostname)
print(socket.gethostbyname('localhost'))

// The tutorial's UDP "QQ chat": user A sends to user B, B replies to each message, 'quit' ends the chat.
const userA = socket.socket(AF_INET, SOCK_DGRAM);
userA.bind(['127.0.0.1', 0]);
const userB = socket.socket(AF_INET, SOCK_DGRAM);
userB.bind(['127.0.0.1', 0]);
userA.settimeout(2);
userB.settimeout(2);
const bAddr = userB.getsockname();

const script = ['你好，我是A', 'how are you?', 'quit'];
const replies = { '你好，我是A': '你好A，我是B', 'how are you?': 'fine, thanks' };

for (const line of script) {
  await userA.sendto(line.encode('utf-8'), bAddr);
  const [data, aAddr] = await userB.recvfrom(1024);
  const text = data.decode('utf-8');
  print(`[B] from ${aAddr[0]}:${aAddr[1] === userA.getsockname()[1] ? 'A' : '?'}: ${text}`);
  if (text === 'quit') {
    print('[B] chat over');
    break;
  }
  await userB.sendto(replies[text].encode('utf-8'), aAddr);
  const [reply, fromAddr] = await userA.recvfrom(1024);
  print('[A] B says:', reply.decode('utf-8'), fromAddr[0] === bAddr[0] && fromAddr[1] === bAddr[1]);
}

userA.close();
userB.close();
print('both closed', userA.fileno(), userB.fileno());
